/// Dates as chat exports write them, turned into one comparable form: an ISO-8601 timestamp,
/// `2024-03-01T12:00:00Z` for an absolute moment (UTC), `2024-03-01T12:00:00` (no offset) for a local
/// wall-clock time. Both sort and compare as strings, date first, so a date filter compares prefixes.
///
/// Every function returns nil for a date that does not exist (month 13, 30 February, year 0, seconds far
/// out of range such as 1e300), never traps.
public enum DateParsing {
    /// `2024-03-01T12:00:00Z` for seconds since 1970 (fractions dropped); nil outside the years 0001-9999
    /// (and for NaN or infinity), which exports write only by mistake.
    public static func utc(seconds: Double) -> String? {
        guard seconds.isFinite, seconds >= -62_135_596_800, seconds < 253_402_300_800 else { return nil }
        let total = Int(seconds.rounded(.down))
        var days = total / 86_400
        var secs = total % 86_400
        if secs < 0 { secs += 86_400; days -= 1 }
        let (year, month, day) = civil(days: days)
        return format(year, month, day, secs / 3600, secs % 3600 / 60, secs % 60) + "Z"
    }

    /// A wall-clock time without an offset, `2024-03-01T12:00:00`; nil when the date or time does not exist.
    public static func local(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) -> String? {
        guard isValid(year: year, month: month, day: day), (0..<24).contains(hour), (0..<60).contains(minute),
              (0..<61).contains(second) else { return nil }
        return format(year, month, day, hour, minute, min(second, 59))
    }

    /// Whether `timestamp` (as made here) is an absolute moment rather than a local wall-clock time.
    public static func hasOffset(_ timestamp: String) -> Bool { timestamp.hasSuffix("Z") }

    /// ISO-8601 text (`2024-03-01T12:00:00.123Z`, `2024-06-02T19:10:00+02:00`, `2024-01-15T10:30:00`,
    /// `2024-01-15 10:30`, `2024-01-15`): with an offset it becomes UTC, without one it stays local.
    public static func iso8601(_ text: String) -> String? {
        let pattern = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*([Zz]|[+-]\d{2}(?::?\d{2})?)?\s*$/
        guard let m = text.wholeMatch(of: pattern),
              let year = Int(m.1), let month = Int(m.2), let day = Int(m.3) else { return nil }
        let hour = m.4.flatMap { Int($0) } ?? 0, minute = m.5.flatMap { Int($0) } ?? 0
        let second = m.6.flatMap { Int($0) } ?? 0
        guard let wall = local(year: year, month: month, day: day, hour: hour, minute: minute, second: second) else { return nil }
        guard let zone = m.7 else { return wall }
        var offset = 0
        if zone != "Z" && zone != "z" {
            let digits = zone.dropFirst().filter(\.isNumber)
            guard let h = Int(digits.prefix(2)), let mins = Int(digits.dropFirst(2).isEmpty ? "0" : String(digits.dropFirst(2))),
                  h < 24, mins < 60 else { return nil }
            offset = (h * 3600 + mins * 60) * (zone.first == "-" ? -1 : 1)
        }
        let seconds = days(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + min(second, 59) - offset
        return utc(seconds: Double(seconds))
    }

    /// LoCoMo's session dates, `1:56 pm on 8 May, 2023`: local wall-clock time.
    public static func locomo(_ text: String) -> String? {
        let pattern = /^\s*(\d{1,2}):(\d{2})\s*([AaPp])\.?\s?[Mm]\.?\s+on\s+(\d{1,2})\s+(\p{L}+),?\s+(\d{4})\s*$/
        guard let m = text.wholeMatch(of: pattern), let h = Int(m.1), let minute = Int(m.2), let day = Int(m.4),
              let year = Int(m.6), let month = monthNumber(String(m.5)), (1...12).contains(h) else { return nil }
        let hour = h % 12 + (m.3.lowercased() == "p" ? 12 : 0)
        return local(year: year, month: month, day: day, hour: hour, minute: minute)
    }

    /// A time of day as chat apps write it (`19:45`, `19.45.12`, `7:45 PM`, `7:45 p. m.`): hour, minute, second.
    public static func timeOfDay(_ text: String) -> (hour: Int, minute: Int, second: Int)? {
        let pattern = /^\s*(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*(?:([AaPp])\.?\s?[Mm]\.?)?\s*$/
        guard let m = text.wholeMatch(of: pattern), var hour = Int(m.1), let minute = Int(m.2) else { return nil }
        let second = m.3.flatMap { Int($0) } ?? 0
        if let half = m.4 {
            guard (1...12).contains(hour) else { return nil }
            hour = hour % 12 + (half.lowercased() == "p" ? 12 : 0)
        }
        guard hour < 24, minute < 60, second < 61 else { return nil }
        return (hour, minute, second)
    }

    static let months: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
        "nov": 11, "dec": 12,
    ]

    static func monthNumber(_ name: String) -> Int? {
        months[String(name.lowercased().prefix(3))]
    }

    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    /// Days since 1970-01-01 of a civil date (H. Hinnant's algorithm).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    static func civil(days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func format(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let y = String(year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y
            + "-\(two(month))-\(two(day))T\(two(hour)):\(two(minute)):\(two(second))"
    }
}

/// `2024-03-01T12:00:00Z` for seconds since 1970 (see `DateParsing.utc(seconds:)`).
func iso8601UTC(_ seconds: Double) -> String? { DateParsing.utc(seconds: seconds) }

/// The order of a chat file's numeric dates (`12/03/2024`, `3/12/24`, `13.06.18`, `2024-03-12`), decided
/// once for the whole file: a date whose first number exceeds 12 makes the file day-first, one whose
/// second number does makes it month-first; when every date fits both, the order under which the dates
/// run forward (exports are written oldest first) wins, day-first on a tie. Two-digit years are 20xx.
public struct NumericDateOrder: Sendable, Equatable {
    public var dayFirst: Bool

    public init(dayFirst: Bool) { self.dayFirst = dayFirst }

    static func parts(_ date: String) -> [Int]? {
        let p = date.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" }).map { Int($0) }
        guard p.count == 3, p.allSatisfy({ $0 != nil }) else { return nil }
        return p.map { $0! }
    }

    private static func yearFirst(_ date: String) -> Bool {
        date.prefix { $0.isNumber }.count == 4
    }

    public static func decide<S: Sequence>(dates: S) -> NumericDateOrder where S.Element == String {
        var firstOver12 = false, secondOver12 = false
        var triples: [[Int]] = []
        for d in dates where !yearFirst(d) {
            guard let p = parts(d) else { continue }
            if p[0] > 12 { firstOver12 = true }
            if p[1] > 12 { secondOver12 = true }
            triples.append(p)
        }
        if firstOver12 != secondOver12 { return NumericDateOrder(dayFirst: firstOver12) }
        func backwards(dayFirst: Bool) -> Int {
            var count = 0
            var last: (Int, Int, Int)?
            for p in triples {
                let key = (p[2], dayFirst ? p[1] : p[0], dayFirst ? p[0] : p[1])
                if let l = last, key < l { count += 1 }
                last = key
            }
            return count
        }
        return NumericDateOrder(dayFirst: backwards(dayFirst: true) <= backwards(dayFirst: false))
    }

    /// The local timestamp of `date` and `time` as written, in this order; nil when it does not exist.
    public func timestamp(date: String, time: String) -> String? {
        guard let p = Self.parts(date), let t = DateParsing.timeOfDay(time) else { return nil }
        var year: Int, month: Int, day: Int
        if Self.yearFirst(date) {
            (year, month, day) = (p[0], p[1], p[2])
        } else {
            (year, month, day) = dayFirst ? (p[2], p[1], p[0]) : (p[2], p[0], p[1])
        }
        if year < 100 { year += 2000 }
        return DateParsing.local(year: year, month: month, day: day, hour: t.hour, minute: t.minute, second: t.second)
    }
}
