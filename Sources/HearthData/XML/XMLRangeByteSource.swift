import Foundation

/// Part of a file or of an array, read as a byte source: the parallel reader gives each
/// tokenizer one slice of the same file, and needs to peek at small windows to place the cuts.
protocol XMLSliceableBytes: Sendable {
    var count: Int { get }
    /// The bytes in `range` (clamped to the end), read whole: used for small windows only.
    func bytes(_ range: Range<Int>) throws -> [UInt8]
    /// The bytes in `range`, streamed.
    func source(_ range: Range<Int>) throws -> any XMLByteSource
}

/// Bytes already in memory.
struct ArraySliceableBytes: XMLSliceableBytes {
    let all: [UInt8]
    var count: Int { all.count }

    func bytes(_ range: Range<Int>) -> [UInt8] {
        Array(all[range.clamped(to: 0..<all.count)])
    }

    func source(_ range: Range<Int>) -> any XMLByteSource {
        ArrayByteSource(bytes(range))
    }
}

/// A file on disk; every source opens its own handle, so slices can be read on different threads.
struct FileSliceableBytes: XMLSliceableBytes {
    let url: URL
    let count: Int

    init(url: URL) throws {
        self.url = url
        // The size from the file itself: attributesOfItem's number does not bridge alike everywhere.
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        count = Int(try handle.seekToEnd())
    }

    func bytes(_ range: Range<Int>) throws -> [UInt8] {
        var source = try FileRangeByteSource(url: url, range: range)
        var out: [UInt8] = []
        while let chunk = try source.read(maxBytes: 1 << 20) { out.append(contentsOf: chunk) }
        return out
    }

    func source(_ range: Range<Int>) throws -> any XMLByteSource {
        try FileRangeByteSource(url: url, range: range)
    }
}

/// The bytes `range` of a file, a chunk at a time.
struct FileRangeByteSource: XMLByteSource, @unchecked Sendable {
    // FileHandle is not Sendable on every platform; a source is owned by one tokenizer and
    // never shared, so the unchecked conformance is safe.
    private let handle: FileHandle
    private var remaining: Int
    private var closed = false

    init(url: URL, range: Range<Int>) throws {
        handle = try FileHandle(forReadingFrom: url)
        try handle.seek(toOffset: UInt64(max(0, range.lowerBound)))
        remaining = max(0, range.count)
    }

    mutating func read(maxBytes: Int) throws -> [UInt8]? {
        guard !closed else { return nil }
        if remaining > 0, let data = try handle.read(upToCount: min(maxBytes, remaining)), !data.isEmpty {
            remaining -= data.count
            return [UInt8](data)
        }
        closed = true
        try? handle.close()
        return nil
    }
}
