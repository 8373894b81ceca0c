/// A small RFC 4180 splitter for Hearth's own shipped reference files (trusted, small).
/// Statutory returns go through HearthData's streaming CSV reader instead, which reports
/// problems with line numbers.
enum SimpleCSV {
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let n = iterator.next() {
                        if n == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = n }
                    } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" { quoted = true
            } else if c == "," { row.append(field); field = ""
            } else if c == "\n" || c == "\r" {
                if c == "\r", let n = iterator.next(), n != "\n" { pending = n }
                row.append(field); field = ""
                rows.append(row); row = []
            } else if c == "\u{FEFF}" && rows.isEmpty && row.isEmpty && field.isEmpty {
                continue
            } else { field.unicodeScalars.append(c) }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
