import Foundation
import Hummingbird

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
        var parser = MultipartStreamParser(boundary: boundary)
        parser.onPartBegin = { headers in try state.begin(headers) }
        parser.onBody = { bytes in try state.body(bytes) }
        parser.onPartEnd = { try state.complete() }
        // Every path out closes the file being written; the spool removes the folder.
        defer { state.close() }
        var received = 0
        do {
            for try await buffer in request.body {
                received += buffer.readableBytes
                guard received <= limit else {
                    throw HTTPError(.contentTooLarge, message: "The upload is larger than \(limit / 1_048_576) MB.")
                }
                try folder.reserve(buffer.readableBytes)
                try parser.feed(buffer.readableBytesView)
            }
            try parser.finish()
        } catch let failure as MultipartStreamParser.Failure {
            throw HTTPError(.badRequest, message: "The upload was cut short or is not a form upload (\(failure.reason)); try again.")
        } catch let refusal as State.Refusal {
            throw HTTPError(.badRequest, message: refusal.message)
        }
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
        private var name: String?
        private var fileName: String?
        private var handle: FileHandle?
        private var text = Data()

        init(folder: UploadSpool.Folder) { self.folder = folder }

        struct Refusal: Error { let message: String }

        func begin(_ headers: MultipartStreamParser.Headers) throws {
            guard let disposition = headers.first(where: { $0.name == "content-disposition" })?.value else { return }
            self.name = Self.parameter("name", in: disposition)
            self.fileName = Self.parameter("filename", in: disposition)
            if let fileName, !fileName.isEmpty {
                guard files.count < MultipartUpload.maxFiles else { throw Refusal(message: "At most \(MultipartUpload.maxFiles) files can be uploaded at once.") }
                var url = directory.appendingPathComponent(MultipartUpload.safeName(fileName, index: files.count))
                if FileManager.default.fileExists(atPath: url.path) {
                    url = directory.appendingPathComponent("\(files.count)-" + url.lastPathComponent)
                }
                guard let created = folder.createFile(named: url.lastPathComponent) else {
                    throw Refusal(message: "The upload could not be saved on the server.")
                }
                handle = created
                files.append(url)
            }
        }

        func body(_ bytes: ArraySlice<UInt8>) throws {
            if let handle {
                // A write that fails (a full disk) fails the upload: a file cut short must never
                // be read as if it were whole.
                do { try handle.write(contentsOf: bytes) } catch { throw Refusal(message: "The upload could not be saved on the server.") }
            } else if text.count < 4096 {
                text.append(contentsOf: bytes.prefix(4096 - text.count))
            }
        }

        func complete() throws {
            if let handle {
                do { try handle.close() } catch { throw Refusal(message: "The upload could not be saved on the server.") }
            } else if let name { fields[name] = String(decoding: text, as: UTF8.self) }
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
