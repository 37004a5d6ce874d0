/// The dense score the hybrid ranking adds lexical evidence to.
public enum HybridBase: String, Sendable, CaseIterable, Hashable {
    case late, naive, blend
}
