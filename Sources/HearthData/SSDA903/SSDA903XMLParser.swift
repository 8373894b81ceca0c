import HearthCore

/// Streams SSDA903 XML child by child. Each child's elements are gathered generically — a
/// leaf's text goes to the nearest enclosing group (an episode, a review…) or to the child —
/// so both layouts, and the order in which systems happen to write elements, read alike.
struct SSDA903XMLParser {
    var xml: XMLTokenizer
    var log: ProblemLog
    private(set) var childCount = 0
    private(set) var layout: SSDA903XMLReadResult.Layout?
    private var headerYear: Int?
    private var rows = SSDA903XMLRows()
    private var warned: Set<String> = []

    init(xml: XMLTokenizer, log: ProblemLog) {
        self.xml = xml
        self.log = log
    }

    mutating func parse() throws(XMLError) -> SSDA903Return? {
        guard case .start(let root, _)? = try xml.next() else { return nil }
        switch root.local.uppercased() {
        case "EXPSSDA903": layout = .expanded
        case "MESSAGE": layout = .message
        default:
            log.add(.fatal, line: xml.line, element: root.local,
                    "the root element is <\(root.local)>, not <EXPSSDA903> or <Message>: this is not an SSDA903 XML return")
            return nil
        }
        var childrenSeen = layout == .expanded
        while let event = try xml.next() {
            guard case .start(let name, _) = event else { continue }
            switch name.local.uppercased() {
            case "CHILD" where layout == .expanded && xml.depth == 2,
                 "CHILD" where layout == .message && childrenSeen && xml.depth == 3:
                try readChild()
            case "CHILDREN" where layout == .message && xml.depth == 2:
                childrenSeen = true
            case "HEADER" where layout == .message && xml.depth == 2:
                try readHeader()
            default:
                try unknown(name, field: nil)
            }
        }
        if !childrenSeen {
            log.add(.fatal, element: root.local, "the message has no <Children> element: it holds no looked-after children")
            return nil
        }
        guard !log.hasFatal else { return nil }
        let year: Int
        if let headerYear {
            year = headerYear
        } else if let latest = rows.latestDate {
            // The return covers the year to 31 March: the one on or after its latest event.
            year = latest.month <= 3 ? latest.year : latest.year + 1
            log.add(.warning, element: root.local, field: "Year",
                    "the file does not say its collection year; \(year) inferred from its latest date, \(latest.uk)")
        } else {
            log.add(.fatal, element: root.local, field: "Year",
                    "the file has no collection year and no episode or review dates to infer it from")
            return nil
        }
        return rows.makeReturn(year: year)
    }

    // MARK: - Header

    private mutating func readHeader() throws(XMLError) {
        let depth = xml.depth
        var current = ""
        var text = ""
        while let event = try xml.next() {
            switch event {
            case .start(let name, _):
                current = name.local.uppercased()
                text = ""
            case .text(let t):
                text += t
            case .end:
                if xml.depth < depth { return }
                let value = CINFieldReader.trimmed(text)
                if current == "YEAR", let value {
                    if let y = Int(value), (2000...2100).contains(y) {
                        headerYear = y
                    } else {
                        log.add(.error, line: xml.line, element: xml.path, field: "Year", "\"\(value)\" is not a collection year")
                    }
                } else if current == "REFERENCEDATE", headerYear == nil, let value, let d = Day(flexible: value) {
                    headerYear = d.month <= 3 ? d.year : d.year + 1
                }
                current = ""
                text = ""
            }
        }
    }

    // MARK: - Child

    private struct Frame {
        let name: String
        let line: Int
        let path: String?
        var hasChildren = false
        var text: String?
        var fields: [String: String] = [:]
    }

    private mutating func readChild() throws(XMLError) {
        childCount += 1
        let depth = xml.depth
        var record = SSDA903XMLRecord(line: xml.line, path: xml.path)
        var frames: [Frame] = []
        loop: while let event = try xml.next() {
            switch event {
            case .start(let name, _):
                if !frames.isEmpty { frames[frames.count - 1].hasChildren = true }
                let upper = name.local.uppercased()
                let opensGroup = SSDA903XMLRecord.groupTables[upper] != nil
                frames.append(Frame(name: upper, line: xml.line, path: opensGroup ? xml.path : nil))
            case .text(let t):
                if !frames.isEmpty { frames[frames.count - 1].text = (frames[frames.count - 1].text ?? "") + t }
            case .end(let name):
                if xml.depth < depth { break loop }
                guard let frame = frames.popLast() else { continue }
                if !frame.hasChildren {
                    let field = SSDA903XMLRecord.fieldAliases[frame.name] ?? frame.name
                    if !SSDA903XMLRecord.knownFields.contains(field) {
                        try unknown(name, field: field, skip: false)
                        continue
                    }
                    guard let value = CINFieldReader.trimmed(frame.text) else { continue }
                    if let g = frames.lastIndex(where: { SSDA903XMLRecord.groupTables[$0.name] != nil }) {
                        frames[g].fields[field] = value
                    } else {
                        record.fields[field] = value
                    }
                } else if let table = SSDA903XMLRecord.groupTables[frame.name] {
                    record.groups.append(.init(table: table, line: frame.line, path: frame.path ?? record.path, fields: frame.fields))
                } else if frame.name != "HEADER" {
                    warnOnce(name.local, line: frame.line, element: xml.path,
                             "unknown group <\(name.local)>: its values were read as the child's")
                }
            }
        }
        guard record.fields["CHILD"] != nil else {
            log.add(.error, line: record.line, element: record.path, field: "CHILD",
                    "the child has no CHILD (CHILDID) and was left out")
            return
        }
        rows.add(record, &log)
    }

    // MARK: - Unknown content

    private mutating func unknown(_ name: XMLName, field: String?, skip: Bool = true) throws(XMLError) {
        warnOnce(name.local, line: xml.line, element: xml.path, "unknown element <\(name.local)> was ignored")
        guard skip else { return }
        let depth = xml.depth
        while let event = try xml.next() {
            if case .end = event, xml.depth < depth { return }
        }
    }

    private mutating func warnOnce(_ name: String, line: Int, element: String, _ message: String) {
        guard warned.insert(name).inserted else { return }
        log.add(.warning, line: line, element: element, field: name, message)
    }
}
