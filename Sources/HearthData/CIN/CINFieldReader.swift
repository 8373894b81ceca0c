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
        if let d = Day(iso: text) { return (d, nil) }
        if let d = Day(uk: text) {
            return (d, (.warning, "\"\(text)\" is written dd/mm/yyyy; the CIN census expects yyyy-mm-dd (read as \(d.iso))"))
        }
        return (nil, (.error, "\"\(text)\" is not a valid date (expected yyyy-mm-dd)"))
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
