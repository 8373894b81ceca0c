import Foundation

/// A streaming XML pull tokenizer: linear time, memory bounded by one chunk plus the largest
/// token allowed, whatever the size of the file.
///
/// Written for the statutory returns rather than XML at large: it checks well-formedness that
/// matters for them (matching tags, a single root, no truncation, no binary data) and skips what
/// they never use (DTDs, external entities — which also closes the door on entity-expansion
/// attacks). Foundation's XML parser is avoided because on Linux it is slow and its errors do
/// not say where in the return the problem is; here every error carries the line and the element
/// path with sibling indexes (`Message/Children/Child[12]/CINdetails[1]`).
public struct XMLTokenizer: Sendable {
    public struct Limits: Sendable {
        /// Longest single text run, tag, comment or CDATA section. Bounds memory, and makes a
        /// 2 GB file with no `<` fail fast instead of being buffered.
        public var maxTokenBytes: Int
        public var maxNameBytes: Int
        /// Deepest element nesting; bounds the path stack against `<a><a><a>…` files.
        public var maxDepth: Int

        public init(maxTokenBytes: Int = 4 << 20, maxNameBytes: Int = 1024, maxDepth: Int = 256) {
            self.maxTokenBytes = maxTokenBytes
            self.maxNameBytes = maxNameBytes
            self.maxDepth = maxDepth
        }
    }

    public static let defaultChunkSize = 1 << 20

    public let limits: Limits
    /// Keep whitespace-only text (indentation) as events; off by default, readers never want it.
    public var keepsWhitespace = false

    private var source: any XMLByteSource
    private let chunkSize: Int
    private var buffer: [UInt8] = []
    private var pos = 0
    private var sourceDone = false
    private var started = false
    private var sawContent = false
    /// Line at `pos`.
    private var scanLine = 1
    /// Line on which the last event (or the token being read) starts.
    public private(set) var line = 1

    private var names: XMLNameTable
    private var stack: [XMLName] = []
    private var indexes: [Int] = []
    // The open elements' names as written (prefix included), end to end, with where each
    // starts: an end tag is matched by comparing bytes, without hashing or a lookup.
    private var rawNames: [UInt8] = []
    private var rawStarts: [Int] = []
    // siblingNames[d] / siblingCounts[d]: how many children of each name the open element at
    // depth d-1 has had so far ([0] is the document level). Kept per depth and reused, so no
    // allocation per tag.
    private var siblingNames: [[String]] = [[]]
    private var siblingCounts: [[Int]] = [[]]
    private var pendingEnd = false
    private var rootClosed = false
    private let unindexed: Set<String>
    /// Set while reading one slice of a file (see `slice(source:)`): running out of bytes with
    /// exactly this many elements open ends the slice instead of being a truncated file.
    private var pauseDepth: Int?

    /// - Parameters:
    ///   - vocabulary: element names the caller will switch on; each yielded `XMLName` carries
    ///     its index here as `id`.
    ///   - unindexed: names shown without `[n]` in paths (elements that never repeat, such as
    ///     `Header` or `Children`); the root is always shown bare.
    public init(source: any XMLByteSource, vocabulary: [String] = [], unindexed: Set<String> = [],
                limits: Limits = Limits(), chunkSize: Int = XMLTokenizer.defaultChunkSize) {
        self.source = source
        self.limits = limits
        self.chunkSize = max(1, chunkSize)
        self.names = XMLNameTable(vocabulary: vocabulary)
        self.unindexed = unindexed
    }

    public init(bytes: [UInt8], vocabulary: [String] = [], unindexed: Set<String> = [], limits: Limits = Limits()) {
        self.init(source: ArrayByteSource(bytes), vocabulary: vocabulary, unindexed: unindexed, limits: limits)
    }

    /// Opens a file for reading a megabyte at a time.
    public init(url: URL, vocabulary: [String] = [], unindexed: Set<String> = [], limits: Limits = Limits()) throws(XMLError) {
        do {
            self.init(source: try FileByteSource(url: url), vocabulary: vocabulary, unindexed: unindexed, limits: limits)
        } catch {
            throw XMLError(.unreadable(error.localizedDescription), line: 0, path: "")
        }
    }

    /// Number of open elements (1 inside the root).
    public var depth: Int { stack.count }

    /// The open elements, `Root/Child[3]/Leaf[1]`; after an `.end` event, the parent's path.
    public var path: String {
        var s = ""
        for (k, n) in stack.enumerated() {
            if k > 0 { s += "/" }
            s += n.local
            if k > 0, !unindexed.contains(n.local) { s += "[\(indexes[k])]" }
        }
        return s
    }

    /// The next event, nil once the root element has closed and the file has ended.
    public mutating func next() throws(XMLError) -> XMLEvent? {
        if pendingEnd {
            pendingEnd = false
            return .end(pop())
        }
        if !started { try startFile() }
        while true {
            guard try ensure(1) else { return try finish() }
            line = scanLine
            if buffer[pos] == Byte.lt {
                sawContent = true
                if let event = try markup() { return event }
            } else if let event = try text() {
                return event
            }
        }
    }

    // MARK: - Buffer

    /// Reads the next chunk, first dropping the bytes before `pos` (the current token's start).
    /// Returns how far surviving bytes moved down, so callers can shift their indexes; nil at end.
    private mutating func refill() throws(XMLError) -> Int? {
        guard !sourceDone else { return nil }
        let chunk: [UInt8]?
        do {
            chunk = try source.read(maxBytes: chunkSize)
        } catch {
            throw fail(.unreadable(error.localizedDescription))
        }
        guard let chunk, !chunk.isEmpty else {
            sourceDone = true
            return nil
        }
        let shift = pos
        if shift == buffer.count {
            buffer = chunk
        } else {
            if shift > 0 { buffer.removeSubrange(0..<shift) }
            buffer.append(contentsOf: chunk)
        }
        pos = 0
        return shift
    }

    /// True when at least `n` bytes from `pos` are buffered.
    private mutating func ensure(_ n: Int) throws(XMLError) -> Bool {
        while buffer.count - pos < n {
            guard try refill() != nil else { return false }
        }
        return true
    }

    private func fail(_ kind: XMLError.Kind) -> XMLError {
        XMLError(kind, line: line, path: path)
    }

    private mutating func startFile() throws(XMLError) {
        started = true
        _ = try ensure(3)
        let n = buffer.count - pos
        if n >= 3, buffer[pos] == 0xEF, buffer[pos + 1] == 0xBB, buffer[pos + 2] == 0xBF {
            pos += 3
        } else if n >= 2, (buffer[pos] == 0xFF && buffer[pos + 1] == 0xFE) || (buffer[pos] == 0xFE && buffer[pos + 1] == 0xFF) {
            throw fail(.utf16)
        }
    }

    private mutating func finish() throws(XMLError) -> XMLEvent? {
        line = scanLine
        if let pauseDepth, stack.count == pauseDepth { return nil }
        if !sawContent { throw fail(.empty) }
        if let open = stack.last { throw fail(.truncated(element: open.local)) }
        if !rootClosed { throw fail(.noRootElement) }
        return nil
    }

    // MARK: - Text

    private mutating func text() throws(XMLError) -> XMLEvent? {
        var i = pos
        var allSpace = true
        var hasAmp = false
        let limit = limits.maxTokenBytes
        while true {
            if i == buffer.count {
                guard let shift = try refill() else { break }
                i -= shift
                continue
            }
            // Scan what is buffered through a pointer (no bounds check per byte: text and
            // indentation are most of a return), up to one byte past the limit so the errors
            // come out as they would a byte at a time: a binary byte first, then the length.
            let from = i
            let stop = min(buffer.count, pos + limit + 1)
            var lines = 0, binary = false, space = true, amp = false
            let end = buffer.withUnsafeBufferPointer { b -> Int in
                var k = from
                while k < stop {
                    let c = b[k]
                    if c == Byte.lt { break }
                    if c <= 0x20 {
                        if c == Byte.lf {
                            lines += 1
                        } else if c != 0x20, c != Byte.tab, c != Byte.cr {
                            binary = true
                            break
                        }
                    } else {
                        space = false
                        if c == Byte.amp { amp = true }
                    }
                    k += 1
                }
                return k
            }
            scanLine += lines
            if !space { allSpace = false }
            if amp { hasAmp = true }
            i = end
            if binary { throw fail(.binary) }
            if i - pos > limit { throw fail(.tokenTooLarge(limit: limit)) }
            if i < buffer.count, buffer[i] == Byte.lt { break }
        }
        let range = pos..<i
        pos = i
        if !allSpace { sawContent = true }
        if stack.isEmpty {
            if allSpace { return nil }
            throw fail(.textOutsideRoot)
        }
        if allSpace, !keepsWhitespace { return nil }
        if hasAmp { return .text(try decodeEntities(range)) }
        return .text(String(decoding: buffer[range], as: UTF8.self))
    }

    /// Replaces the five predefined entities and character references in `buffer[range]`.
    private func decodeEntities(_ range: Range<Int>) throws(XMLError) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var k = range.lowerBound
        while k < range.upperBound {
            let b = buffer[k]
            guard b == Byte.amp else {
                out.append(b)
                k += 1
                continue
            }
            var semi = k + 1
            while semi < range.upperBound, semi - k <= 12, buffer[semi] != UInt8(ascii: ";") { semi += 1 }
            guard semi < range.upperBound, buffer[semi] == UInt8(ascii: ";"),
                  let scalar = Self.entity(buffer[(k + 1)..<semi]) else {
                let shown = String(decoding: buffer[k..<min(range.upperBound, k + 12)], as: UTF8.self)
                throw fail(.badEntity(shown))
            }
            out.append(contentsOf: String(Character(scalar)).utf8)
            k = semi + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func entity(_ name: ArraySlice<UInt8>) -> Unicode.Scalar? {
        switch Array(name) {
        case Array("amp".utf8): return "&"
        case Array("lt".utf8): return "<"
        case Array("gt".utf8): return ">"
        case Array("quot".utf8): return "\""
        case Array("apos".utf8): return "'"
        default: break
        }
        guard name.first == UInt8(ascii: "#"), name.count >= 2 else { return nil }
        var digits = name.dropFirst()
        var radix: UInt32 = 10
        if digits.first == UInt8(ascii: "x") {
            radix = 16
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty else { return nil }
        var value: UInt32 = 0
        for d in digits {
            let v: UInt32
            switch d {
            case 48...57: v = UInt32(d - 48)
            case 65...70 where radix == 16: v = UInt32(d - 55)
            case 97...102 where radix == 16: v = UInt32(d - 87)
            default: return nil
            }
            value = value * radix + v
            if value > 0x10FFFF { return nil }
        }
        // XML forbids NUL and most C0 controls even as references.
        if value < 0x20, value != 0x9, value != 0xA, value != 0xD { return nil }
        return Unicode.Scalar(value)
    }

    // MARK: - Markup

    private mutating func markup() throws(XMLError) -> XMLEvent? {
        guard try ensure(2) else { throw truncatedInMarkup() }
        switch buffer[pos + 1] {
        case UInt8(ascii: "/"):
            return try endTag()
        case UInt8(ascii: "?"):
            try skip(past: [UInt8(ascii: "?"), Byte.gt])
            return nil
        case UInt8(ascii: "!"):
            return try declaration()
        default:
            return try startTag()
        }
    }

    private func truncatedInMarkup() -> XMLError {
        if let open = stack.last { return fail(.truncated(element: open.local)) }
        return fail(.malformed("the file ends inside a tag"))
    }

    /// `<!-- -->`, `<![CDATA[ ]]>` or `<!DOCTYPE …>`.
    private mutating func declaration() throws(XMLError) -> XMLEvent? {
        _ = try ensure(9)
        let available = buffer.count - pos
        func starts(_ s: String) -> Bool {
            let u = Array(s.utf8)
            return available >= u.count && buffer[pos..<(pos + u.count)].elementsEqual(u)
        }
        if starts("<!--") {
            try skip(past: [UInt8(ascii: "-"), UInt8(ascii: "-"), Byte.gt], from: pos + 4)
            return nil
        }
        if starts("<![CDATA[") {
            guard !stack.isEmpty else { throw fail(.textOutsideRoot) }
            let end = try skip(past: [UInt8(ascii: "]"), UInt8(ascii: "]"), Byte.gt], from: pos + 9, keepToken: true)
            let text = String(decoding: buffer[(pos + 9)..<(end - 3)], as: UTF8.self)
            pos = end
            return .text(text)
        }
        if starts("<!DOCTYPE") {
            try skipDoctype()
            return nil
        }
        throw fail(.malformed("unknown markup after \"<!\""))
    }

    /// Moves `pos` past the next occurrence of `terminator` (2 or 3 bytes), counting lines.
    /// With `keepToken`, `pos` stays at the token start and the end index is returned.
    @discardableResult
    private mutating func skip(past terminator: [UInt8], from start: Int? = nil, keepToken: Bool = false) throws(XMLError) -> Int {
        var i = start ?? (pos + 2)
        let last = terminator[terminator.count - 1]
        let limit = limits.maxTokenBytes
        while true {
            if i == buffer.count {
                guard let shift = try refill() else { throw truncatedInMarkup() }
                i -= shift
                continue
            }
            let b = buffer[i]
            if b == Byte.lf { scanLine += 1 } else if b == 0 { throw fail(.binary) }
            i += 1
            if b == last, i - pos >= terminator.count + 2,
               buffer[(i - terminator.count)..<i].elementsEqual(terminator) {
                break
            }
            if i - pos > limit { throw fail(.tokenTooLarge(limit: limit)) }
        }
        if !keepToken { pos = i }
        return i
    }

    private mutating func skipDoctype() throws(XMLError) {
        var i = pos + 9
        var brackets = 0
        var quote: UInt8 = 0
        let limit = limits.maxTokenBytes
        while true {
            if i == buffer.count {
                guard let shift = try refill() else { throw truncatedInMarkup() }
                i -= shift
                continue
            }
            let b = buffer[i]
            i += 1
            if b == Byte.lf { scanLine += 1 } else if b == 0 { throw fail(.binary) }
            if quote != 0 {
                if b == quote { quote = 0 }
            } else if b == Byte.quot || b == Byte.apos {
                quote = b
            } else if b == UInt8(ascii: "[") {
                brackets += 1
            } else if b == UInt8(ascii: "]") {
                brackets -= 1
            } else if b == Byte.gt, brackets <= 0 {
                break
            }
            if i - pos > limit { throw fail(.tokenTooLarge(limit: limit)) }
        }
        pos = i
    }

    /// Index of the `>` closing the tag that starts at `pos`, skipping `>` inside quoted values.
    private mutating func tagEnd() throws(XMLError) -> Int {
        var i = pos + 1
        var quote: UInt8 = 0
        let limit = limits.maxTokenBytes
        while true {
            if i == buffer.count {
                guard let shift = try refill() else { throw truncatedInMarkup() }
                i -= shift
                continue
            }
            let b = buffer[i]
            if b < 0x20 {
                if b == Byte.lf { scanLine += 1 } else if b != Byte.tab, b != Byte.cr { throw fail(.binary) }
            } else if quote != 0 {
                if b == quote { quote = 0 }
            } else if b == Byte.gt {
                return i
            } else if b == Byte.quot || b == Byte.apos {
                quote = b
            } else if b == Byte.lt {
                throw fail(.malformed("\"<\" inside a tag (a tag is not closed with \">\")"))
            }
            i += 1
            if i - pos > limit { throw fail(.tokenTooLarge(limit: limit)) }
        }
    }

    private static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == Byte.lf || b == Byte.tab || b == Byte.cr
    }

    private static func isNameStart(_ b: UInt8) -> Bool {
        (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == UInt8(ascii: "_") || b == UInt8(ascii: ":") || b >= 0x80
    }

    /// The end of the name starting at `i` (exclusive), checking its length.
    private func nameEnd(from i: Int, limit end: Int) throws(XMLError) -> Int {
        guard i < end, Self.isNameStart(buffer[i]) else {
            throw fail(.malformed("\"<\" is not followed by an element name (write < in text as &lt;)"))
        }
        var k = i + 1
        while k < end {
            let b = buffer[k]
            if Self.isSpace(b) || b == Byte.gt || b == UInt8(ascii: "/") || b == UInt8(ascii: "=") { break }
            k += 1
        }
        if k - i > limits.maxNameBytes { throw fail(.nameTooLong(limit: limits.maxNameBytes)) }
        return k
    }

    /// The interned name of `buffer[range]`, refusing one that is not UTF-8 (a damaged or
    /// binary file): XML forbids it, and an upload must end in an error, never a guess.
    private mutating func intern(_ range: Range<Int>) throws(XMLError) -> XMLName {
        guard let name = names.name(buffer, range) else {
            throw fail(.malformed("an element or attribute name is not valid UTF-8 text"))
        }
        return name
    }

    private mutating func startTag() throws(XMLError) -> XMLEvent {
        // Fast path, the shape of nearly every tag in a return: `<Name>` or `<Name/>` with the
        // whole tag already buffered. Anything else goes the general way.
        let end = buffer.count
        var k = pos + 1
        if k < end, Self.isNameStart(buffer[k]) {
            k += 1
            while k < end, k - pos <= limits.maxNameBytes {
                let b = buffer[k]
                if b == Byte.gt || b == UInt8(ascii: "/") || b <= 0x20 || b == UInt8(ascii: "=") || b == Byte.lt { break }
                k += 1
            }
            if k < end, buffer[k] == Byte.gt {
                return try openElement(nameRange: (pos + 1)..<k, attributes: [], selfClosing: false, next: k + 1)
            }
            if k + 1 < end, buffer[k] == UInt8(ascii: "/"), buffer[k + 1] == Byte.gt {
                return try openElement(nameRange: (pos + 1)..<k, attributes: [], selfClosing: true, next: k + 2)
            }
        }
        return try startTagWithAttributes()
    }

    private mutating func openElement(nameRange: Range<Int>, attributes: [XMLAttribute], selfClosing: Bool,
                                      next: Int) throws(XMLError) -> XMLEvent {
        let name = try intern(nameRange)
        try push(name)
        rawStarts.append(rawNames.count)
        rawNames.append(contentsOf: buffer[nameRange])
        pos = next
        if selfClosing { pendingEnd = true }
        return .start(name, attributes: attributes)
    }

    private mutating func startTagWithAttributes() throws(XMLError) -> XMLEvent {
        let close = try tagEnd()
        let selfClosing = buffer[close - 1] == UInt8(ascii: "/")
        let contentEnd = selfClosing ? close - 1 : close
        let nameStart = pos + 1
        let nameStop = try nameEnd(from: nameStart, limit: contentEnd)
        let name = try intern(nameStart..<nameStop)  // for messages only; interned, so cheap
        var attributes: [XMLAttribute] = []
        var k = nameStop
        while true {
            while k < contentEnd, Self.isSpace(buffer[k]) { k += 1 }
            if k >= contentEnd { break }
            if k == nameStop { throw fail(.malformed("no space between the name and attributes of <\(name.local)>")) }
            let attrStop = try nameEnd(from: k, limit: contentEnd)
            let attrName = try intern(k..<attrStop)
            k = attrStop
            while k < contentEnd, Self.isSpace(buffer[k]) { k += 1 }
            guard k < contentEnd, buffer[k] == UInt8(ascii: "=") else {
                throw fail(.malformed("attribute \(attrName.local) of <\(name.local)> has no value"))
            }
            k += 1
            while k < contentEnd, Self.isSpace(buffer[k]) { k += 1 }
            guard k < contentEnd, buffer[k] == Byte.quot || buffer[k] == Byte.apos else {
                throw fail(.malformed("the value of attribute \(attrName.local) of <\(name.local)> is not quoted"))
            }
            let quote = buffer[k]
            let valueStart = k + 1
            var v = valueStart
            var hasAmp = false
            while v < contentEnd, buffer[v] != quote {
                if buffer[v] == Byte.amp { hasAmp = true }
                v += 1
            }
            guard v < contentEnd else {
                throw fail(.malformed("the value of attribute \(attrName.local) of <\(name.local)> is not closed"))
            }
            let value = hasAmp ? try decodeEntities(valueStart..<v) : String(decoding: buffer[valueStart..<v], as: UTF8.self)
            attributes.append(XMLAttribute(name: attrName.local, value: value))
            k = v + 1
        }
        return try openElement(nameRange: nameStart..<nameStop, attributes: attributes, selfClosing: selfClosing, next: close + 1)
    }

    private mutating func endTag() throws(XMLError) -> XMLEvent {
        if let top = rawStarts.last {
            // Fast path: `</Name>` matching the open element byte for byte.
            let length = rawNames.count - top
            let close = pos + 2 + length
            if close < buffer.count, buffer[close] == Byte.gt {
                var same = true
                for k in 0..<length where buffer[pos + 2 + k] != rawNames[top + k] {
                    same = false
                    break
                }
                if same {
                    pos = close + 1
                    return .end(pop())
                }
            }
        }
        let close = try tagEnd()
        let nameStop = try nameEnd(from: pos + 2, limit: close)
        var k = nameStop
        while k < close, Self.isSpace(buffer[k]) { k += 1 }
        guard k == close else { throw fail(.malformed("unexpected characters in an end tag")) }
        let name = try intern((pos + 2)..<nameStop)
        guard let open = stack.last else { throw fail(.unexpectedEndTag(name.local)) }
        guard open.local == name.local else {
            throw fail(.mismatchedEndTag(expected: open.local, found: name.local))
        }
        pos = close + 1
        return .end(pop())
    }

    // MARK: - Slices

    /// Makes the end of the source a pause rather than the end of the file when `depth` elements
    /// are open then: the reader stops there, hands the middle of the file to other tokenizers
    /// (`slice(source:)`) and carries on with `resume(source:lines:siblings:named:)`. At any
    /// other depth the end of the source is still a truncated file.
    mutating func pauseAtEndOfSource(depth: Int) {
        pauseDepth = depth
    }

    /// A tokenizer for bytes that continue this one's open elements (a run of `<Child>`s inside
    /// `<Children>`), counting lines from 1 and those siblings from 0; the reader adds what came
    /// before once every slice has been read. Ends (nil) when its source does, at this depth.
    func slice(source: any XMLByteSource) -> XMLTokenizer {
        var t = self
        t.source = source
        t.buffer = []
        t.pos = 0
        t.sourceDone = false
        t.pendingEnd = false
        t.scanLine = 1
        t.line = 1
        t.pauseDepth = stack.count
        t.siblingNames[stack.count].removeAll()
        t.siblingCounts[stack.count].removeAll()
        return t
    }

    /// Newlines read so far (in a slice, the newlines in it).
    var linesRead: Int { scanLine - 1 }

    /// Line of the next unread byte.
    var nextLine: Int { scanLine }

    /// How many children called `name` the innermost open element has had so far.
    func siblingCount(named name: String) -> Int {
        guard let i = siblingNames[stack.count].firstIndex(of: name) else { return 0 }
        return siblingCounts[stack.count][i]
    }

    /// Carries on after a pause with the bytes that follow the slices read elsewhere: `lines`
    /// newlines and `siblings` children called `name` were in between.
    mutating func resume(source: any XMLByteSource, lines: Int, siblings: Int, named name: String) {
        continueSlice(source: source, lines: lines, siblings: siblings, named: name)
        pauseDepth = nil
    }

    /// Gives a slice's tokenizer the next part of its slice, after `lines` newlines and
    /// `siblings` children called `name` that were read without it; the end of this part is a
    /// pause again.
    mutating func continueSlice(source: any XMLByteSource, lines: Int, siblings: Int, named name: String) {
        self.source = source
        sourceDone = false
        scanLine += lines
        let d = stack.count
        if let i = siblingNames[d].firstIndex(of: name) {
            siblingCounts[d][i] += siblings
        } else if siblings > 0 {
            siblingNames[d].append(name)
            siblingCounts[d].append(siblings)
        }
    }

    // MARK: - Element stack

    private mutating func push(_ name: XMLName) throws(XMLError) {
        let d = stack.count
        if d == 0, rootClosed { throw fail(.secondRoot(name.local)) }
        if d >= limits.maxDepth { throw fail(.tooDeep(limit: limits.maxDepth)) }
        var index = 1
        if let i = siblingNames[d].firstIndex(of: name.local) {
            siblingCounts[d][i] += 1
            index = siblingCounts[d][i]
        } else {
            siblingNames[d].append(name.local)
            siblingCounts[d].append(1)
        }
        stack.append(name)
        indexes.append(index)
        if siblingNames.count == d + 1 {
            siblingNames.append([])
            siblingCounts.append([])
        } else {
            siblingNames[d + 1].removeAll(keepingCapacity: true)
            siblingCounts[d + 1].removeAll(keepingCapacity: true)
        }
    }

    private mutating func pop() -> XMLName {
        if let top = rawStarts.popLast() { rawNames.removeSubrange(top...) }
        indexes.removeLast()
        let name = stack.removeLast()
        if stack.isEmpty { rootClosed = true }
        return name
    }
}

/// Byte values the tokenizer tests for.
enum Byte {
    static let lt = UInt8(ascii: "<")
    static let gt = UInt8(ascii: ">")
    static let amp = UInt8(ascii: "&")
    static let quot = UInt8(ascii: "\"")
    static let apos = UInt8(ascii: "'")
    static let lf = UInt8(ascii: "\n")
    static let cr = UInt8(ascii: "\r")
    static let tab = UInt8(ascii: "\t")
}
