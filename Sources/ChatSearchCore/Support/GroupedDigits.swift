extension Int {
    /// 1234567 → "1,234,567": counts as people read them, in the TUI and in messages.
    public var grouped: String {
        let s = String(Swift.abs(self))
        var out = ""
        for (i, ch) in s.enumerated() {
            if i > 0 && (s.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return self < 0 ? "-" + out : out
    }
}
