/// ChatGPT's data export, `conversations.json`: an array of conversations, each a tree of messages in
/// `mapping` (node id -> {id, message, parent, children}) with `current_node` naming the leaf of the branch
/// the user last saw.
///
/// Only that branch is loaded: walk from `current_node` up through `parent` to the root and reverse. When
/// `current_node` is missing, the branch follows the last child from the root (ChatGPT appends newer
/// branches last). Kept messages: author role `user` or `assistant`, content type `text` or `multimodal_text` (or none, as older exports write),
/// not hidden, with non-empty text (string parts joined by newlines; images and other non-string parts
/// skipped). Turn id = message id; time = message `create_time` as ISO-8601 UTC.
enum ChatGPTFormat {
    static func parse(_ input: FormatInput) throws(LoadProblem) -> FormatOutput {
        var output = FormatOutput()
        // One conversation's parsed JSON at a time: each is read into turns before the next is parsed.
        try input.forEachJSONItem(of: "ChatGPT conversations", key: "mapping") { i, item in
            guard let object = item.object, let mapping = object["mapping"]?.object else {
                output.problems.append(input.problem(item.line, "item \(i + 1) is not a ChatGPT conversation (no \"mapping\" object); skipped"))
                return
            }
            let id = object["conversation_id"]?.scalarText ?? object["id"]?.scalarText ?? "\(input.baseName)#\(i + 1)"
            let turns = branch(mapping, current: object["current_node"]?.string).compactMap {
                turn($0, input, &output.problems)
            }
            output.conversations.append(
                Conversation(id: id, title: object["title"]?.string, turns: turns, source: input.path))
        }
        return output
    }

    /// Nodes from the root to the shown leaf.
    private static func branch(_ mapping: JSONObject, current: String?) -> [JSONObject] {
        var nodes: [JSONObject] = []
        if let current, mapping[current] != nil {
            var seen: Set<String> = []
            var next: String? = current
            while let key = next, !seen.contains(key), let node = mapping[key]?.object {
                seen.insert(key)
                nodes.append(node)
                next = node["parent"]?.string
            }
            return nodes.reversed()
        }
        // No usable current_node: start at a root (a node whose parent is absent) and take the last child.
        let rootKey = mapping.keys.first { key in
            guard let parent = mapping[key]?.object?["parent"]?.string else { return true }
            return mapping[parent] == nil
        }
        var seen: Set<String> = []
        var next = rootKey
        while let key = next, !seen.contains(key), let node = mapping[key]?.object {
            seen.insert(key)
            nodes.append(node)
            next = node["children"]?.array?.last?.string
        }
        return nodes
    }

    private static func turn(_ node: JSONObject, _ input: FormatInput, _ problems: inout [LoadProblem]) -> Turn? {
        guard let message = node["message"]?.object,
              let role = message["author"]?.object?["role"]?.string, role == "user" || role == "assistant",
              let content = message["content"]?.object,
              // Older exports and some converters write no content_type: their parts are plain text.
              content["content_type"] == nil || ["text", "multimodal_text"].contains(content["content_type"]?.string ?? ""),
              let parts = content["parts"]?.array
        else { return nil }
        if case .bool(true)? = message["metadata"]?.object?["is_visually_hidden_from_conversation"] { return nil }
        let text = parts.compactMap(\.string).filter(\.hasContent).joined(separator: "\n")
        guard text.hasContent else { return nil }
        let id = message["id"]?.scalarText ?? node["id"]?.scalarText ?? ""
        var time: String?
        if let seconds = message["create_time"]?.double {
            time = iso8601UTC(seconds)
            if time == nil {
                let written = message["create_time"]?.scalarText ?? "\(seconds)"
                problems.append(input.problem(message.line, "message \(id): create_time \(written) is out of range; time dropped"))
            }
        }
        return Turn(id: id, speaker: AssistantChat.speaker(role), time: time, text: text)
    }
}
