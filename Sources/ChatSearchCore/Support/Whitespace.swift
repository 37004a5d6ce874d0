/// The one whitespace rule of ChatSearch: leading and trailing `Character.isWhitespace` characters are
/// removed (which covers Unicode spaces and line breaks); whitespace inside is kept. Used by the loaders,
/// the query readers and the TUI's query line alike.
extension StringProtocol {
    public var trimmed: SubSequence {
        var s = self[...]
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return s
    }

    /// True when the text has something besides whitespace; turns failing this are dropped.
    public var hasContent: Bool { !allSatisfy(\.isWhitespace) }
}
