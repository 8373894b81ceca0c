import Foundation
import Hummingbird
import MultipartKit

/// Streams a `multipart/form-data` upload to files in a private spool folder, keeping the small
/// text fields (the CSRF token) in memory. File names are reduced to safe base names; every byte
/// received is counted against the spool's cap before it is written.
struct MultipartUpload {
    var fields: [String: String] = [:]
    var files: [URL] = []

    static let maxFiles = 200

    static func receive(_ request: Request, into folder: UploadSpool.Folder, limit: Int) async throws -> MultipartUpload {
        guard let type = request.headers[.contentType], type.lowercased().hasPrefix("multipart/form-data"),
              let boundary = Self.boundary(type) else {
            throw HTTPError(.badRequest, message: "Upload the files with the form on the Data page.")
        }
        let state = State(folder: folder)
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in state.header(name, value) }
        parser.onBody = { buffer in state.body(&buffer) }
        parser.onPartComplete = { state.complete() }
        var received = 0
        for try await buffer in request.body {
            received += buffer.readableBytes
            guard received <= limit else {
                state.close()
                throw HTTPError(.contentTooLarge, message: "The upload is larger than \(limit / 1_048_576) MB.")
            }
            do { try folder.reserve(buffer.readableBytes) } catch { state.close(); throw error }
            do { try parser.execute(buffer) } catch {
                state.close()
                throw HTTPError(.badRequest, message: "The upload was cut short or is not a form upload; try again.")
            }
            if let problem = state.problem { state.close(); throw HTTPError(.badRequest, message: problem) }
        }
        state.close()
        return MultipartUpload(fields: state.fields, files: state.files)
    }

    static func boundary(_ contentType: String) -> String? {
        for part in contentType.split(separator: ";") {
            let kv = part.trimmingCharacters(in: .whitespaces)
            if kv.lowercased().hasPrefix("boundary=") {
                let value = kv.dropFirst("boundary=".count)
                return String(value).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        }
        return nil
    }

    /// A safe file name: the base name's letters, digits, dot, dash, underscore and space.
    static func safeName(_ raw: String, index: Int) -> String {
        let base = raw.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let kept = String(base.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) || "._- ".unicodeScalars.contains($0) }.prefix(120))
        let trimmed = kept.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        return trimmed.isEmpty ? "upload-\(index)" : trimmed
    }

    /// The parser's callbacks write here; it lives only inside one request's task.
    private final class State {
        let folder: UploadSpool.Folder
        var directory: URL { folder.url }
        var fields: [String: String] = [:]
        var files: [URL] = []
        var problem: String?
        private var name: String?
        private var fileName: String?
        private var handle: FileHandle?
        private var text = Data()

        init(folder: UploadSpool.Folder) { self.folder = folder }

        func header(_ name: String, _ value: String) {
            guard name.lowercased() == "content-disposition" else { return }
            self.name = Self.parameter("name", in: value)
            self.fileName = Self.parameter("filename", in: value)
            if let fileName, !fileName.isEmpty {
                guard files.count < MultipartUpload.maxFiles else { problem = "At most \(MultipartUpload.maxFiles) files can be uploaded at once."; return }
                var url = directory.appendingPathComponent(MultipartUpload.safeName(fileName, index: files.count))
                if FileManager.default.fileExists(atPath: url.path) {
                    url = directory.appendingPathComponent("\(files.count)-" + url.lastPathComponent)
                }
                handle = folder.createFile(named: url.lastPathComponent)
                if handle == nil { problem = "The upload could not be saved on the server." } else { files.append(url) }
            }
        }

        func body(_ buffer: inout ByteBuffer) {
            if let handle {
                if let bytes = buffer.readBytes(length: buffer.readableBytes) { try? handle.write(contentsOf: bytes) }
            } else if text.count < 4096, let bytes = buffer.readBytes(length: buffer.readableBytes) {
                text.append(contentsOf: bytes)
            }
        }

        func complete() {
            if let handle { try? handle.close() } else if let name { fields[name] = String(decoding: text, as: UTF8.self) }
            handle = nil
            name = nil
            fileName = nil
            text = Data()
        }

        func close() {
            try? handle?.close()
            handle = nil
        }

        static func parameter(_ key: String, in header: String) -> String? {
            for part in header.split(separator: ";") {
                let kv = part.trimmingCharacters(in: .whitespaces)
                guard kv.lowercased().hasPrefix(key + "=") else { continue }
                return String(kv.dropFirst(key.count + 1)).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
            return nil
        }
    }
}
