import HearthCore

/// Parses the text of CIN leaf elements. Pure functions: each returns the value and, when the
/// text is not usable as is, the problem to report (the parser adds line, path and field).
enum CINFieldReader {
    typealias Problem = (severity: DataProblem.Severity, message: String)

    /// Text with surrounding whitespace removed, nil when nothing is left. Allocates only when
    /// there is whitespace to remove; the common case, a bare value, is returned as is.
    static func trimmed(_ text: String?) -> String? {
        guard let text, let first = text.utf8.first, let last = text.utf8.last else { return nil }
        if !isSpace(first), !isSpace(last) { return text }
        let u = text.utf8
        guard let lo = u.firstIndex(where: { !isSpace($0) }), let hi = u.lastIndex(where: { !isSpace($0) }) else {
            return nil
        }
        return String(text[lo...hi])
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

    static func day(_ text: String) -> (Day?, Problem?) {
        if let d = isoDay(text) { return (d, nil) }
        if let d = Day(uk: text) {
            return (d, (.warning, "\"\(text)\" is written dd/mm/yyyy; the CIN census expects yyyy-mm-dd (read as \(d.iso))"))
        }
        return (nil, (.error, "\"\(text)\" is not a valid date (expected yyyy-mm-dd)"))
    }

    /// `yyyy-mm-dd` read straight from the UTF-8 bytes: `Day(iso:)` copies the text into an
    /// array first, which shows up when a census holds millions of dates. Anything else falls
    /// back to it (a trailing time, say).
    static func isoDay(_ text: String) -> Day? {
        var t = text
        let fast: Day?? = t.withUTF8 { u -> Day?? in
            guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return .none }
            func number(_ lo: Int, _ hi: Int) -> Int? {
                var n = 0
                for k in lo..<hi {
                    let b = u[k]
                    guard b >= 48, b <= 57 else { return nil }
                    n = n * 10 + Int(b - 48)
                }
                return n
            }
            guard let y = number(0, 4), let m = number(5, 7), let d = number(8, 10) else { return .some(nil) }
            return .some(Day(year: y, month: m, day: d))
        }
        if let fast { return fast }
        return Day(iso: text)
    }

    static func bool(_ text: String) -> (Bool?, Problem?) {
        switch text {
        case "true", "1", "True", "TRUE": (true, nil)
        case "false", "0", "False", "FALSE": (false, nil)
        default: (nil, (.error, "\"\(text)\" is not a boolean (expected true, false, 1 or 0)"))
        }
    }

    static func int(_ text: String) -> (Int?, Problem?) {
        if let v = Int(text), v >= 0 { return (v, nil) }
        return (nil, (.error, "\"\(text)\" is not a whole number"))
    }

    /// Unknown codes are kept with a warning: the analyst sees them and the rules engine
    /// reports them formally.
    static func code(_ text: String, _ list: CodeList) -> Problem? {
        list.contains(text) ? nil : (.warning, "unknown code \"\(text)\" (not in the \(list.name) list)")
    }
}
