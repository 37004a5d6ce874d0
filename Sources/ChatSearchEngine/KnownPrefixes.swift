/// Instruction prefixes of well-known embedding families. GGUF files do not record prefixes, so the
/// family is recognised from the file's own metadata: its architecture, then its name
/// (`general.name`, `general.basename`, `general.finetune`) read as words. Only a file that names
/// nothing falls back to its file name (never the folders it sits in, which say nothing about the
/// model). `--query-prefix` / `--document-prefix` override whatever is found here.
public enum KnownPrefixes {
    public struct Entry: Equatable, Sendable {
        public var family: String
        public var query: String
        public var document: String
        public var matryoshka: Bool
    }

    /// What the model file says about itself.
    public struct Facts: Sendable {
        public var architecture: String
        /// `general.name`, `general.basename`, `general.finetune`, as present.
        public var names: [String]
        /// The file name without folders; used only when `names` is empty.
        public var fileName: String

        public init(architecture: String, names: [String], fileName: String) {
            self.architecture = architecture
            self.names = names.filter { !$0.isEmpty }
            self.fileName = fileName
        }
    }

    public static func lookup(_ facts: Facts) -> Entry {
        let name = (facts.names.isEmpty ? [facts.fileName] : facts.names).joined(separator: " ").lowercased()
        let words = Set(name.split { !($0.isLetter || $0.isNumber || $0 == ".") }.map(String.init))
        let arch = facts.architecture
        if arch.hasPrefix("nomic-bert") || words.contains("nomic") {
            return Entry(family: "nomic", query: "search_query: ", document: "search_document: ",
                         matryoshka: words.contains("v1.5") || words.contains("v2"))
        }
        if words.contains("e5") && !words.contains("mistral") {
            return Entry(family: "e5", query: "query: ", document: "passage: ", matryoshka: false)
        }
        if arch == "jina-bert-v3" || (words.contains("jina") && words.contains("v3")) {
            return Entry(family: "jina-v3", query: "Represent the query for retrieving evidence documents: ",
                         document: "Represent the document for retrieval: ", matryoshka: true)
        }
        if words.contains("bge") && words.contains("en") && !words.contains("m3") {
            return Entry(family: "bge-en", query: "Represent this sentence for searching relevant passages: ",
                         document: "", matryoshka: false)
        }
        let matryoshka = words.contains("matryoshka") || words.contains("mxbai") || name.contains("gte-modernbert")
            || (words.contains("jina") && words.contains("v4"))
        return Entry(family: "", query: "", document: "", matryoshka: matryoshka)
    }
}
