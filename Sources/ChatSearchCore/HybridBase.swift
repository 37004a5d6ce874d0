/// The dense score the hybrid ranking adds lexical evidence to.
public enum HybridBase: String, Sendable, CaseIterable, Hashable {
    case late, naive, blend

    /// The ranking whose score hybrid builds on.
    public var mode: RankingMode {
        switch self {
        case .late: return .late
        case .naive: return .naive
        case .blend: return .blend
        }
    }
}
