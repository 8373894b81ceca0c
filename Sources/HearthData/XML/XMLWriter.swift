import Foundation
import HearthCore

/// Writes indented XML through a buffer, flushing to a file a megabyte at a time, so a national
/// census of 400,000 children never exists as one string in memory.
///
/// Output is deterministic: the same calls give the same bytes. A write error is remembered and
/// reported by `finish()`, so the many element calls stay free of `try`.
public struct XMLWriter: @unchecked Sendable {
    // @unchecked: the optional FileHandle is owned by this writer alone and never shared.
    private var buffer: [UInt8] = []
    private let handle: FileHandle?
    private var depth = 0
    private var failure: String?
    private let flushSize = 1 << 20

    /// Writes into memory; `finish()` returns the bytes.
    public init() {
        handle = nil
        buffer.reserveCapacity(1 << 16)
        declaration()
    }

    /// Creates (or truncates) the file at `url` and writes into it.
    public init(url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: url.path])
        }
        handle = try FileHandle(forWritingTo: url)
        buffer.reserveCapacity(flushSize + (1 << 16))
        declaration()
    }

    private mutating func declaration() {
        raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    }

    /// Opens an element on a line of its own; children are indented under it.
    public mutating func open(_ name: StaticString) {
        indent()
        buffer.append(Byte.lt)
        append(name)
        raw(">\n")
        depth += 1
    }

    public mutating func close(_ name: StaticString) {
        depth -= 1
        indent()
        raw("</")
        append(name)
        raw(">\n")
        if buffer.count >= flushSize { flush() }
    }

    /// `<name>text</name>`, escaped; nothing at all for nil or empty text, so optional values
    /// read back as nil.
    public mutating func leaf(_ name: StaticString, _ text: String?) {
        guard let text, !text.isEmpty else { return }
        startLeaf(name)
        escape(text)
        endLeaf(name)
    }

    /// A date as `yyyy-mm-dd`.
    public mutating func leaf(_ name: StaticString, _ day: Day?) {
        guard let day else { return }
        startLeaf(name)
        let c = day.components
        digits(c.year, 4)
        buffer.append(UInt8(ascii: "-"))
        digits(c.month, 2)
        buffer.append(UInt8(ascii: "-"))
        digits(c.day, 2)
        endLeaf(name)
    }

    /// A boolean as `true` / `false`.
    public mutating func leaf(_ name: StaticString, _ flag: Bool?) {
        guard let flag else { return }
        startLeaf(name)
        raw(flag ? "true" : "false")
        endLeaf(name)
    }

    public mutating func leaf(_ name: StaticString, _ number: Int?) {
        guard let number else { return }
        startLeaf(name)
        raw(String(number))
        endLeaf(name)
    }

    /// Flushes and closes. Returns the document when writing into memory, nil for a file.
    public mutating func finish() throws -> [UInt8]? {
        guard let handle else { return buffer }
        flush()
        do {
            try handle.close()
        } catch {
            if failure == nil { failure = error.localizedDescription }
        }
        if let failure { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: failure]) }
        return nil
    }

    // MARK: - Bytes

    private mutating func startLeaf(_ name: StaticString) {
        indent()
        buffer.append(Byte.lt)
        append(name)
        buffer.append(Byte.gt)
    }

    private mutating func endLeaf(_ name: StaticString) {
        raw("</")
        append(name)
        raw(">\n")
    }

    private mutating func indent() {
        for _ in 0..<depth { buffer.append(0x20); buffer.append(0x20) }
    }

    private mutating func append(_ name: StaticString) {
        name.withUTF8Buffer { buffer.append(contentsOf: $0) }
    }

    private mutating func raw(_ s: String) {
        buffer.append(contentsOf: s.utf8)
    }

    private mutating func digits(_ n: Int, _ width: Int) {
        var v = max(0, n)
        var tmp: (UInt8, UInt8, UInt8, UInt8) = (48, 48, 48, 48)
        withUnsafeMutableBytes(of: &tmp) { p in
            var k = 3
            while k >= 0 {
                p[k] = UInt8(48 + v % 10)
                v /= 10
                k -= 1
            }
            buffer.append(contentsOf: p[(4 - width)...])
        }
    }

    /// Escaped by `MarkupText`'s rules. Census values are nearly always plain ASCII with nothing
    /// to escape, so the bytes are scanned first and copied as they are when no byte can start a
    /// character the rules change; only the rare rest goes through the escaping proper.
    private mutating func escape(_ text: String) {
        let u = text.utf8
        if !u.contains(where: MarkupText.mayChange(utf8:)) {
            buffer.append(contentsOf: u)
            return
        }
        buffer.append(contentsOf: MarkupText.escape(text).utf8)
    }

    private mutating func flush() {
        guard let handle, !buffer.isEmpty else { return }
        if failure == nil {
            do {
                try handle.write(contentsOf: buffer)
            } catch {
                failure = error.localizedDescription
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
