import Foundation
#if canImport(CZlib)
import CZlib
#elseif canImport(zlib)
import zlib
#endif

/// The file entries of a zip archive, read and inflated by Hearth itself, with zlib doing
/// only the inflating.
///
/// ZIPFoundation is not used for reading: its in-memory archive traps when a damaged directory
/// points past the end of the data, and its inflate loop spins for ever on a deflate stream
/// that does not end before the file does (both found by fuzzing; either let one upload take
/// the server down). Here every offset and size is checked against the bytes there are, and
/// inflating stops when the input is used up, the output passes its limit, or zlib reports an
/// error. ZIP64 archives (over 4 GB, which no return is) are refused.
struct XLSXZip {
    struct Entry {
        let path: String
        let method: UInt16
        let crc: UInt32
        let compressedSize: Int
        let localHeaderOffset: Int
    }

    /// Why an archive or entry cannot be read.
    struct Failure: Error {
        let message: String
        /// True for the one failure that is not damage: the entry inflates past its limit.
        let isOverLimit: Bool
        init(_ message: String, isOverLimit: Bool = false) {
            self.message = message
            self.isOverLimit = isOverLimit
        }
    }

    private let data: Data
    /// Entries in directory order; `entry(_:)` finds one by path.
    let entries: [Entry]

    init(data: Data) throws(Failure) {
        self.data = data
        // Data's closure APIs rethrow untyped errors: the typed one travels in a Result.
        entries = try data.withUnsafeBytes { raw in
            Result { () throws(Failure) in try Self.directory(raw) }
        }.get()
    }

    func entry(_ path: String) -> Entry? { entries.first { $0.path == path } }

    /// Reads (inflates) `entry`, handing `consume` the bytes a chunk at a time; throws `overLimit` as
    /// soon as more than `limit` bytes come out.
    func read(_ entry: Entry, limit: Int, _ consume: (UnsafeRawBufferPointer) -> Void) throws(Failure) -> Int {
        try data.withUnsafeBytes { raw in
            Result { () throws(Failure) -> Int in try Self.read(entry, raw, limit: limit, consume) }
        }.get()
    }

    private static func read(_ entry: Entry, _ raw: UnsafeRawBufferPointer, limit: Int,
                             _ consume: (UnsafeRawBufferPointer) -> Void) throws(Failure) -> Int {
        let start = try dataStart(entry, raw)
        let input = UnsafeRawBufferPointer(rebasing: raw[start..<(start + entry.compressedSize)])
        switch entry.method {
        case 0:
            guard input.count <= limit else { throw overLimit }
            consume(input)
            try check(entry, crc: crc(0, input))
            return input.count
        case 8:
            return try inflateDeflated(entry, input, limit: limit, consume)
        default:
            throw Failure("compression method \(entry.method) is not one a workbook uses")
        }
    }

    /// The failure thrown when an entry inflates past its limit.
    static let overLimit = Failure("it inflates past the limit", isOverLimit: true)

    // MARK: - Directory

    private static func u16(_ b: UnsafeRawBufferPointer, _ at: Int) -> Int { Int(b[at]) | Int(b[at + 1]) << 8 }
    private static func u32(_ b: UnsafeRawBufferPointer, _ at: Int) -> Int { u16(b, at) | u16(b, at + 2) << 16 }

    private static func directory(_ b: UnsafeRawBufferPointer) throws(Failure) -> [Entry] {
        // The end-of-directory record: 22 bytes, then a comment of up to 65,535.
        guard b.count >= 22 else { throw Failure("too short to be a zip archive") }
        var end = -1
        var k = b.count - 22
        while k >= max(0, b.count - 22 - 65_535) {
            if b[k] == 0x50, b[k + 1] == 0x4B, b[k + 2] == 5, b[k + 3] == 6 { end = k; break }
            k -= 1
        }
        guard end >= 0 else { throw Failure("no end-of-directory record") }
        let count = u16(b, end + 10), size = u32(b, end + 12), offset = u32(b, end + 16)
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            throw Failure("a ZIP64 archive (over 4 GB), larger than any return")
        }
        guard offset + size <= end else { throw Failure("the directory lies outside the file") }
        var entries: [Entry] = []
        var at = offset
        for _ in 0..<count {
            guard at + 46 <= offset + size, u32(b, at) == 0x0201_4B50 else {
                throw Failure("the directory is damaged at byte \(at)")
            }
            let nameLength = u16(b, at + 28), extra = u16(b, at + 30), comment = u16(b, at + 32)
            guard at + 46 + nameLength <= offset + size else { throw Failure("the directory is damaged at byte \(at)") }
            let name = String(decoding: UnsafeRawBufferPointer(rebasing: b[(at + 46)..<(at + 46 + nameLength)]), as: UTF8.self)
            entries.append(Entry(path: name, method: UInt16(u16(b, at + 10)), crc: UInt32(u32(b, at + 16)),
                                 compressedSize: u32(b, at + 20), localHeaderOffset: u32(b, at + 42)))
            at += 46 + nameLength + extra + comment
        }
        return entries
    }

    /// Where the entry's data starts, after its local header, checked to lie in the file.
    private static func dataStart(_ entry: Entry, _ b: UnsafeRawBufferPointer) throws(Failure) -> Int {
        let at = entry.localHeaderOffset
        guard at + 30 <= b.count, u32(b, at) == 0x0403_4B50 else { throw Failure("its local header is missing or damaged") }
        let start = at + 30 + u16(b, at + 26) + u16(b, at + 28)
        guard start + entry.compressedSize <= b.count else { throw Failure("its data runs past the end of the file") }
        return start
    }

    // MARK: - Inflating

    private static func inflateDeflated(_ entry: Entry, _ input: UnsafeRawBufferPointer, limit: Int,
                                        _ consume: (UnsafeRawBufferPointer) -> Void) throws(Failure) -> Int {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure("zlib could not start")
        }
        defer { inflateEnd(&stream) }
        let outSize = 1 << 16
        let out = UnsafeMutablePointer<UInt8>.allocate(capacity: outSize)
        defer { out.deallocate() }
        stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: UInt8.self))
        stream.avail_in = UInt32(input.count)
        var total = 0
        var crc: UInt32 = 0
        while true {
            stream.next_out = out
            stream.avail_out = UInt32(outSize)
            let result = inflate(&stream, Z_NO_FLUSH)
            let produced = outSize - Int(stream.avail_out)
            if produced > 0 {
                total += produced
                guard total <= limit else { throw overLimit }
                let chunk = UnsafeRawBufferPointer(start: out, count: produced)
                crc = Self.crc(crc, chunk)
                consume(chunk)
            }
            if result == Z_STREAM_END { break }
            guard result == Z_OK || result == Z_BUF_ERROR else { throw Failure("its compressed data is damaged") }
            // No output and no input left: the stream ends early. Stopping here is what keeps
            // a truncated stream from looping for ever.
            if produced == 0, stream.avail_in == 0 || result == Z_BUF_ERROR { throw Failure("its compressed data ends early") }
        }
        try check(entry, crc: crc)
        return total
    }

    private static func crc(_ crc: UInt32, _ bytes: UnsafeRawBufferPointer) -> UInt32 {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return crc }
        return UInt32(crc32(uLong(crc), base.assumingMemoryBound(to: Bytef.self), uInt(bytes.count)))
    }

    private static func check(_ entry: Entry, crc: UInt32) throws(Failure) {
        guard crc == entry.crc else { throw Failure("its checksum does not match: the file is damaged") }
    }
}
