/// Builds one JSON object with keys in the order they are added (stable output for scripts and tests).
public struct JSONLine {
    private var parts: [String] = []

    public init() {}

    public mutating func add(_ key: String, _ value: String?) {
        parts.append("\(Self.quote(key)):\(value.map(Self.quote) ?? "null")")
    }

    public mutating func add(_ key: String, _ value: Int?) {
        parts.append("\(Self.quote(key)):\(value.map(String.init) ?? "null")")
    }

    public mutating func add(_ key: String, _ value: Double, digits: Int = 6) {
        parts.append("\(Self.quote(key)):\(Self.number(value, digits: digits))")
    }

    public mutating func add(_ key: String, floats: [Float]) {
        parts.append("\(Self.quote(key)):[\(floats.map { $0.isFinite ? "\($0)" : "null" }.joined(separator: ","))]")
    }

    public mutating func add(_ key: String, raw json: String) {
        parts.append("\(Self.quote(key)):\(json)")
    }

    public var text: String { "{" + parts.joined(separator: ",") + "}" }

    public static func number(_ v: Double, digits: Int = 6) -> String {
        guard v.isFinite else { return "null" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let r = (v * scale).rounded() / scale
        return r == r.rounded() && abs(r) < 1e15 ? String(Int64(r)) : "\(r)"
    }

    public static func quote(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                // C0, DEL and C1 controls (U+009B is a terminal's one-byte CSI) and the JavaScript line
                // separators are written as escapes: a line shown on a terminal carries no control.
                if u.value < 0x20 || (0x7F...0x9F).contains(u.value) || u.value == 0x2028 || u.value == 0x2029 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
