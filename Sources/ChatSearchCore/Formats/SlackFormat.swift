/// A Slack workspace export: a folder (or zip) with `users.json`, `channels.json` and one folder per
/// channel of day files `YYYY-MM-DD.json`, each a JSON array of messages `{type, subtype, user, text, ts,
/// user_profile}`.
///
/// One conversation per channel folder (id = the folder name, title = `#name`): its day files are joined
/// in date order, each day a session. Speaker = the message's `user_profile` (real name, else display
/// name), else the `users.json` entry of its `user` (real name, display name, name), else `username`, else
/// the user id. In text, `<@U123>` mentions become `@name`, `<#C123|general>` becomes `#general`,
/// `<https://...|label>` links their label (bare `<https://...>` the address), `<!here>` `@here`, and
/// `&amp;` `&lt;` `&gt;` are unescaped. Joins, leaves, topic, purpose and rename notices, and messages
/// without text (bot posts, files alone) are not turns. Time = `ts` as ISO-8601 UTC, turn id = `ts`.
/// A day file read on its own also loads (speakers from `user_profile`, or `../users.json` if present).
enum SlackFormat {
    /// Notices that are not messages, whatever their text.
    static let noticeSubtypes: Set<String> = [
        "channel_join", "channel_leave", "group_join", "group_leave", "channel_topic", "channel_purpose",
        "channel_name", "group_topic", "group_purpose", "group_name", "channel_archive", "channel_unarchive",
        "group_archive", "group_unarchive", "pinned_item", "unpinned_item", "tombstone", "bot_add", "bot_remove",
        "channel_convert_to_private", "channel_convert_to_public", "reminder_add", "joiner_notification",
    ]

    static func isMessage(_ object: JSONObject) -> Bool {
        object["ts"]?.string != nil && (object["type"]?.string == "message" || object["user"] != nil)
    }

    static func parse(_ input: FormatInput) throws(LoadProblem) -> FormatOutput {
        let root = try input.parseJSON()
        guard let messages = root.array else {
            throw input.problem(root.line ?? 1, "expected a Slack day file (a JSON array of messages), found \(root.kindName)")
        }
        var output = FormatOutput()
        let channelFolder = SourceFile.folder(input.path)
        let exportRoot = SourceFile.folder(channelFolder)
        let users = Users(input.companions.json(at: (exportRoot.isEmpty ? "" : exportRoot + "/") + "users.json"))
        let day = input.baseName
        var turns: [Turn] = []
        for (j, item) in messages.enumerated() {
            guard let message = item.object else {
                output.problems.append(input.problem(item.line ?? 1, "message \(j + 1) is \(item.kindName), not an object; skipped"))
                continue
            }
            if let subtype = message["subtype"]?.string, noticeSubtypes.contains(subtype) { continue }
            guard let raw = message["text"]?.string, raw.hasContent else { continue }
            let ts = message["ts"]?.scalarText
            var time: String?
            if let ts, let seconds = Double(ts) {
                time = iso8601UTC(seconds)
                if time == nil { output.problems.append(input.problem(message.line, "message \(ts): ts out of range; time dropped")) }
            }
            let speaker = Users.name(message["user_profile"]?.object) ?? users.name(message["user"]?.string)
                ?? message["username"]?.string ?? message["user"]?.string ?? message["bot_id"]?.string
            turns.append(Turn(id: ts ?? "\(day)#\(j + 1)", speaker: speaker, time: time,
                              text: plainText(raw, users: users), session: day))
        }
        let channel = channelFolder.isEmpty ? day : SourceFile.fileName(channelFolder)
        output.conversations.append(Conversation(id: channel, title: "#" + channel, turns: turns, source: input.path))
        output.thread = ThreadPart(key: "slack:" + channelFolder, order: day, renumber: false)
        return output
    }

    /// Names from `users.json`.
    struct Users {
        private var names: [String: String] = [:]

        init(_ json: JSONValue?) {
            for user in (json?.array ?? []).compactMap(\.object) {
                guard let id = user["id"]?.string else { continue }
                names[id] = Self.name(user["profile"]?.object) ?? user["real_name"]?.string.flatMap(Self.nonEmpty)
                    ?? user["name"]?.string
            }
        }

        func name(_ id: String?) -> String? { id.flatMap { names[$0] } }

        static func name(_ profile: JSONObject?) -> String? {
            guard let profile else { return nil }
            return profile["real_name"]?.string.flatMap(nonEmpty) ?? profile["display_name"]?.string.flatMap(nonEmpty)
                ?? profile["name"]?.string.flatMap(nonEmpty)
        }

        private static func nonEmpty(_ s: String) -> String? { s.hasContent ? s : nil }
    }

    /// Slack's markup as a reader sees it (see above).
    static func plainText(_ text: String, users: Users) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let inside = rest[rest.index(after: open)..<close]
            let parts = inside.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            let target = parts[0]
            let label = parts.count > 1 ? String(parts[1]) : nil
            if target.hasPrefix("@") {
                out += "@" + (label ?? users.name(String(target.dropFirst())) ?? String(target.dropFirst()))
            } else if target.hasPrefix("#") {
                out += "#" + (label ?? String(target.dropFirst()))
            } else if target.hasPrefix("!") {
                let word = label ?? String(target.dropFirst().split(separator: "^").first ?? "")
                out += word.hasPrefix("@") ? word : "@" + word
            } else {
                out += label ?? String(target)
            }
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out.replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&amp;", with: "&")
    }
}
