/// Turns the bytes typed or pasted at the terminal into characters, one byte at a time. A byte that
/// cannot start or continue a UTF-8 sequence (or a sequence cut short) is dropped, and decoding starts
/// again at the next byte, so the valid input after it is kept.
struct UTF8InputDecoder {
    private var pending: [UInt8] = []
    private var expected = 0

    /// Feeds one byte; returns the character it completes, if any.
    mutating func feed(_ byte: UInt8) -> Unicode.Scalar? {
        if !pending.isEmpty {
            if continues(byte) {
                pending.append(byte)
                guard pending.count == expected else { return nil }
                defer { pending.removeAll(keepingCapacity: true) }
                return decode(pending)
            }
            pending.removeAll(keepingCapacity: true)  // a broken sequence: drop it, start again here
        }
        switch byte {
        case 0x00...0x7F: return Unicode.Scalar(byte)
        case 0xC2...0xDF: expected = 2
        case 0xE0...0xEF: expected = 3
        case 0xF0...0xF4: expected = 4
        default: return nil  // a continuation byte with no start, or a byte UTF-8 never uses
        }
        pending.append(byte)
        return nil
    }

    /// Whether `byte` may follow the pending bytes (the second byte's range is narrower after E0, ED,
    /// F0 and F4: no overlong forms, no surrogates, nothing above U+10FFFF).
    private func continues(_ byte: UInt8) -> Bool {
        guard (0x80...0xBF).contains(byte) else { return false }
        guard pending.count == 1 else { return true }
        switch pending[0] {
        case 0xE0: return byte >= 0xA0
        case 0xED: return byte <= 0x9F
        case 0xF0: return byte >= 0x90
        case 0xF4: return byte <= 0x8F
        default: return true
        }
    }

    private func decode(_ bytes: [UInt8]) -> Unicode.Scalar? {
        var value = UInt32(bytes[0]) & (0xFF >> UInt32(bytes.count + 1))
        for b in bytes.dropFirst() { value = value << 6 | UInt32(b & 0x3F) }
        return Unicode.Scalar(value)
    }
}
