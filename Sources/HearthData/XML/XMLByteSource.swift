import Foundation

/// Where the tokenizer's bytes come from, a chunk at a time, so a file is never loaded whole.
public protocol XMLByteSource: Sendable {
    /// The next chunk of at most `maxBytes` bytes (never empty), or nil at the end.
    mutating func read(maxBytes: Int) throws -> [UInt8]?
}

/// Bytes already in memory. With a `chunkSize` they are handed out piecemeal, which the tests
/// use to put chunk boundaries inside every kind of token.
public struct ArrayByteSource: XMLByteSource {
    private var bytes: [UInt8]
    private var offset = 0
    private let chunkSize: Int?

    public init(_ bytes: [UInt8], chunkSize: Int? = nil) {
        self.bytes = bytes
        self.chunkSize = chunkSize.map { max(1, $0) }
    }

    public mutating func read(maxBytes: Int) throws -> [UInt8]? {
        guard offset < bytes.count else { return nil }
        guard let chunkSize else {
            // Hand the whole array over without copying it.
            offset = bytes.count
            let all = bytes
            bytes = []
            return all
        }
        let end = min(bytes.count, offset + min(chunkSize, maxBytes))
        defer { offset = end }
        return Array(bytes[offset..<end])
    }
}

extension ArrayByteSource: XMLDirectByteSource {
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let n = min(buffer.count, bytes.count - offset, chunkSize ?? Int.max)
        guard n > 0 else { return 0 }
        bytes.withUnsafeBytes { all in
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: all[offset..<(offset + n)]))
        }
        offset += n
        return n
    }
}

/// A file read through `FileHandle`, closed when the end is reached.
public struct FileByteSource: XMLByteSource, @unchecked Sendable {
    // FileHandle is not Sendable on every platform; a source is owned by one tokenizer and
    // never shared, so the unchecked conformance is safe.
    private let handle: FileHandle
    private var closed = false

    public init(url: URL) throws {
        handle = try FileHandle(forReadingFrom: url)
    }

    public mutating func read(maxBytes: Int) throws -> [UInt8]? {
        guard !closed else { return nil }
        if let data = try handle.read(upToCount: maxBytes), !data.isEmpty {
            return [UInt8](data)
        }
        closed = true
        try? handle.close()
        return nil
    }
}
