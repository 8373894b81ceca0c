import Foundation

/// Part of a file or of an array, read as a byte source: the parallel reader gives each
/// tokenizer one slice of the same file, and needs to peek at small windows to place the cuts.
protocol XMLSliceableBytes: Sendable {
    var count: Int { get }
    /// The bytes in `range` (clamped to the end), read whole: used for small windows only.
    func bytes(_ range: Range<Int>) throws -> [UInt8]
    /// The bytes in `range`, streamed.
    func source(_ range: Range<Int>) throws -> any XMLDirectByteSource
}

/// A source that can also read straight into memory: the CIN byte scanner reads a national
/// census this way, without a `[UInt8]` made for every chunk.
protocol XMLDirectByteSource: XMLByteSource {
    /// Fills the start of `buffer`, returning how many bytes were read: 0 at the end.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

/// Bytes already in memory.
struct ArraySliceableBytes: XMLSliceableBytes {
    let all: [UInt8]
    var count: Int { all.count }

    func bytes(_ range: Range<Int>) -> [UInt8] {
        Array(all[range.clamped(to: 0..<all.count)])
    }

    func source(_ range: Range<Int>) -> any XMLDirectByteSource {
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

    func source(_ range: Range<Int>) throws -> any XMLDirectByteSource {
        try FileRangeByteSource(url: url, range: range)
    }
}

/// The bytes `range` of a file, a chunk at a time.
struct FileRangeByteSource: XMLDirectByteSource, @unchecked Sendable {
    // FileHandle is not Sendable on every platform; a source is owned by one tokenizer and
    // never shared, so the unchecked conformance is safe.
    private let handle: FileHandle
    // Read with pread at this offset: no seek, and straight into the caller's memory.
    private var offset: Int
    private var remaining: Int
    private var closed = false

    init(url: URL, range: Range<Int>) throws {
        handle = try FileHandle(forReadingFrom: url)
        offset = max(0, range.lowerBound)
        remaining = max(0, range.count)
    }

    mutating func read(maxBytes: Int) throws -> [UInt8]? {
        let wanted = min(maxBytes, remaining)
        guard !closed, wanted > 0 else {
            close()
            return nil
        }
        var failure: (any Error)?
        let chunk = [UInt8](unsafeUninitializedCapacity: wanted) { buffer, count in
            do {
                count = try read(into: UnsafeMutableRawBufferPointer(buffer))
            } catch {
                failure = error
                count = 0
            }
        }
        if let failure { throw failure }
        return chunk.isEmpty ? nil : chunk
    }

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let wanted = min(buffer.count, remaining)
        guard !closed, wanted > 0, let base = buffer.baseAddress else {
            if wanted == 0 { close() }
            return 0
        }
        while true {
            let n = pread(handle.fileDescriptor, base, wanted, off_t(offset))
            if n < 0, errno == EINTR { continue }
            guard n >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            offset += n
            remaining -= n
            // A file that shrank while being read ends where it now ends.
            if n == 0 { remaining = 0 }
            if remaining == 0 { close() }
            return n
        }
    }

    private mutating func close() {
        guard !closed else { return }
        closed = true
        try? handle.close()
    }
}
