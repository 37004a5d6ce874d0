/// Instruction prefixes of well-known embedding families. GGUF files do not record them, so they are
/// looked up by the model's name; `--query-prefix` / `--document-prefix` override.
enum KnownPrefixes {
    struct Entry {
        var query: String
        var document: String
        var matryoshka: Bool
    }

    static func lookup(name: String, path: String) -> Entry {
        let key = (name + " " + path).lowercased()
        if key.contains("nomic") {
            return Entry(query: "search_query: ", document: "search_document: ", matryoshka: key.contains("v1.5") || key.contains("v2"))
        }
        if key.contains("e5") && !key.contains("mistral") {
            return Entry(query: "query: ", document: "passage: ", matryoshka: false)
        }
        if key.contains("jina") && key.contains("v3") {
            return Entry(query: "Represent the query for retrieving evidence documents: ",
                         document: "Represent the document for retrieval: ", matryoshka: true)
        }
        if key.contains("bge") && key.contains("en") && !key.contains("m3") {
            return Entry(query: "Represent this sentence for searching relevant passages: ", document: "", matryoshka: false)
        }
        let matryoshka = key.contains("matryoshka") || key.contains("mxbai") || key.contains("gte-modernbert")
            || (key.contains("jina") && key.contains("v4"))
        return Entry(query: "", document: "", matryoshka: matryoshka)
    }
}
