import HearthCore

/// An iCalendar file (RFC 5545) of an owner's open dated actions: one all-day event on each due
/// day, so Outlook, Google Calendar or Apple Calendar shows the deadline where the owner plans
/// their week. No child's data is ever in it: an action's title and where it came from only.
public enum CalendarFile {
    /// `uidDomain` makes each event's UID unique to the authority, so importing a newer file
    /// updates the same events rather than adding copies.
    public static func write(_ owned: OwnedActions, authority: String, stamp: String, uidDomain: String = "hearth") -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Hearth//Improvement programme//EN", "CALSCALE:GREGORIAN",
                     "METHOD:PUBLISH", "X-WR-CALNAME:" + escape("Actions of \(owned.user)")]
        for item in owned.items where item.open {
            guard let due = item.due else { continue }
            let kind = item.kind == .planAction ? "action" : "arising"
            lines += [
                "BEGIN:VEVENT",
                "UID:" + escape("\(kind)-\(item.id)-\(authority.lowercased())@\(uidDomain)"),
                "DTSTAMP:" + stamp,
                "DTSTART;VALUE=DATE:" + compact(due),
                "DTEND;VALUE=DATE:" + compact(due.adding(days: 1)),
                "SUMMARY:" + escape("Due: \(item.kind == .planAction ? "action \(item.id)" : "action arising") – \(item.title)"),
                "DESCRIPTION:" + escape("\(item.kind.rawValue.capitalizedFirstLetter) \(item.id), \(item.context)"
                    + (item.meetingDate.map { " (meeting of \($0.uk))" } ?? "") + "."),
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// `yyyymmdd`, the DATE form of RFC 5545 §3.3.4.
    static func compact(_ day: Day) -> String { String(day.iso.filter { $0 != "-" }) }

    /// TEXT values escape backslash, semicolon, comma and newline (RFC 5545 §3.3.11).
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            case "\r": continue
            default: out.append(c)
            }
        }
        return out
    }

    /// Lines longer than 75 octets are folded: CRLF and a space, never inside a character
    /// (RFC 5545 §3.1).
    static func fold(_ line: String) -> String {
        var out = "", count = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if count + size > 75 {
                out += "\r\n "
                count = 1
            }
            out.unicodeScalars.append(scalar)
            count += size
        }
        return out
    }
}

private extension String {
    var capitalizedFirstLetter: String { prefix(1).uppercased() + dropFirst() }
}
