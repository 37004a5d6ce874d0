import ChatSearchCore

/// The date a result row shows for a turn: `14 Mar` in `thisYear`, `2023-03-14` in another year, nil
/// when the turn's time cannot be read as a date.
///
/// The one place rows take a turn's date from: when turns carry a parsed timestamp, it is used here first.
func rowDate(for turn: Turn, thisYear: Int) -> String? {
    CompactDate.parse(turn.time).map { CompactDate.format($0, thisYear: thisYear) }
}

/// A calendar day read from the free-form `time` of a turn, as the formats write it.
struct CalendarDay: Equatable {
    var year: Int
    var month: Int
    var day: Int
}

enum CompactDate {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let monthTitles = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func format(_ d: CalendarDay, thisYear: Int) -> String {
        if d.year == thisYear { return "\(d.day) \(monthTitles[d.month - 1])" }
        return "\(d.year)-\(d.month < 10 ? "0" : "")\(d.month)-\(d.day < 10 ? "0" : "")\(d.day)"
    }

    /// Reads `2024-05-01 10:02`, `2024-05-01T10:02:00Z`, `30/01/2024, 21:22`, `1.2.24`, `1:56 pm on 8 May, 2023`,
    /// `May 8, 2023`. A day/month order that cannot be told (`03/04/2024`) is not guessed: nil.
    static func parse(_ time: String?) -> CalendarDay? {
        guard let time, !time.isEmpty, time.utf8.count <= 200 else { return nil }
        let numbers = leadingNumbers(time)
        // ISO: year first.
        if numbers.count >= 3, numbers[0].digits == 4, numbers[0].separator == "-" || numbers[0].separator == "/" {
            return valid(year: numbers[0].value, month: numbers[1].value, day: numbers[2].value)
        }
        // Numeric day and month, then the year (2 or 4 digits).
        if numbers.count >= 3, numbers[0].digits <= 2, numbers[1].digits <= 2, numbers[2].digits == 4 || numbers[2].digits == 2,
           [".", "/", "-"].contains(numbers[0].separator) {
            let year = numbers[2].digits == 2 ? 2000 + numbers[2].value : numbers[2].value
            let a = numbers[0].value, b = numbers[1].value
            if a > 12 && b <= 12 { return valid(year: year, month: b, day: a) }
            if b > 12 && a <= 12 { return valid(year: year, month: a, day: b) }
            if a == b { return valid(year: year, month: a, day: a) }
            return nil
        }
        // A month name with a day and a four-digit year somewhere around it.
        let words = time.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard let mi = words.firstIndex(where: { w in w.count >= 3 && months.contains(String(w.prefix(3))) && monthWord(w) }) else { return nil }
        let month = months.firstIndex(of: String(words[mi].prefix(3)))! + 1
        guard let year = words.compactMap({ $0.count == 4 ? Int($0) : nil }).first(where: { $0 >= 1900 && $0 < 2200 }) else { return nil }
        let near = [mi - 1, mi + 1].filter { words.indices.contains($0) }
        for i in near {
            if words[i].count <= 2, let d = Int(words[i]) { return valid(year: year, month: month, day: d) }
        }
        return nil
    }

    private static func monthWord<S: StringProtocol>(_ w: S) -> Bool {
        let full = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "sept"]
        return w.count == 3 || full.contains(String(w))
    }

    private static func valid(year: Int, month: Int, day: Int) -> CalendarDay? {
        guard (1...12).contains(month), (1...31).contains(day), (1000...9999).contains(year) else { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }

    /// The numbers at the start of `s` (after an optional `[`), each with the character after it.
    private static func leadingNumbers(_ s: String) -> [(value: Int, digits: Int, separator: Character?)] {
        var out: [(Int, Int, Character?)] = []
        var chars = Array(s.prefix(40))
        if chars.first == "[" { chars.removeFirst() }
        var i = 0
        while i < chars.count, out.count < 3 {
            var j = i
            while j < chars.count, let d = chars[j].wholeNumberValue, chars[j].isASCII, d >= 0 { j += 1 }
            guard j > i, j - i <= 4, let v = Int(String(chars[i..<j])) else { break }
            let sep: Character? = j < chars.count ? chars[j] : nil
            out.append((v, j - i, sep))
            guard let sep, [".", "/", "-"].contains(sep) else { break }
            i = j + 1
        }
        return out.map { (value: $0.0, digits: $0.1, separator: $0.2) }
    }
}
