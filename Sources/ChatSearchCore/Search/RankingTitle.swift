extension RankingMode {
    /// The name a ranking is shown under, in the TUI's panes and in `--format text`. Hybrid names
    /// the dense score it builds on.
    public func title(hybridBase: HybridBase) -> String {
        switch self {
        case .late: return "Late chunking: ON"
        case .naive: return "Late chunking: OFF"
        case .blend: return "Blend (late + naive)"
        case .hybrid: return "Hybrid (lexical + \(hybridBase.rawValue))"
        }
    }
}
