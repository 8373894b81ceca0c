import Foundation

/// Writes a file through a large in-memory buffer, so writing hundreds of thousands of short
/// rows costs a handful of system calls rather than one per row.
final class BufferedFileWriter {
    static let bufferSize = 1 << 20

    private let handle: FileHandle
    private let name: String

    /// Creates (or truncates) the file.
    init(url: URL) throws(SSDA903WriteError) {
        name = url.lastPathComponent
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw .cannotWrite(file: name, reason: "the file could not be created")
        }
        do {
            handle = try FileHandle(forWritingTo: url)
        } catch {
            throw .cannotWrite(file: name, reason: error.localizedDescription)
        }
    }

    func write(_ bytes: [UInt8]) throws(SSDA903WriteError) {
        guard !bytes.isEmpty else { return }
        do {
            try handle.write(contentsOf: bytes)
        } catch {
            throw .cannotWrite(file: name, reason: error.localizedDescription)
        }
    }

    func close() throws(SSDA903WriteError) {
        do {
            try handle.close()
        } catch {
            throw .cannotWrite(file: name, reason: error.localizedDescription)
        }
    }
}
