import Foundation
import HearthApplication
import HearthStore
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HearthServer

// Serialized: each test counts the submissions around its own upload.
@Suite(.serialized) struct UploadTests {
    static func multipart(_ files: [URL], csrf: String, boundary: String = "HearthBoundary7d2") throws -> ByteBuffer {
        var body = ByteBuffer()
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(csrf)\r\n")
        for file in files {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(file.lastPathComponent)\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            body.writeBytes(try Data(contentsOf: file))
            body.writeString("\r\n")
        }
        body.writeString("--\(boundary)--\r\n")
        return body
    }

    @Test func anAnalystUploadsAnotherYearAndItIsStoredAndComputed() async throws {
        let f = try await ServerFixture.shared()
        // Halton's 2023-24 at Rutland's volumes: the upload, the store and the re-compute of both years
        // are the same work on a fifth of the children.
        let dir = try ServerFixture.generate(year: 2024, seed: 12, modelledOn: "857")
        let files = ReturnImporter.files(in: dir)
        var headers = f.headers(.analyst)
        headers[.contentType] = "multipart/form-data; boundary=HearthBoundary7d2"
        let sent = headers
        let before = try await f.store.submissions(authority: "876").count
        try await f.withClient { client in
            let r = try await client.execute(uri: "/data/upload", method: .post, headers: sent,
                                             body: try Self.multipart(files, csrf: ServerFixture.csrf))
            let html = String(buffer: r.body)
            #expect(r.status == .ok)
            #expect(html.contains("Returns stored"))
        }
        #expect(try await f.store.submissions(authority: "876").count == before + 1)
        let years = try await f.app.indicators.computedYears().map(\.label)
        #expect(years.contains("2023-24"))
    }

    @Test func anUnreadableUploadStoresNothingAndSaysWhy() async throws {
        let f = try await ServerFixture.shared()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let bad = dir.appendingPathComponent("cin.xml")
        try Data("<Message><Header><CollectionDetails><Collection>CIN</Collection>".utf8).write(to: bad)
        var headers = f.headers(.analyst)
        headers[.contentType] = "multipart/form-data; boundary=HearthBoundary7d2"
        let sent = headers
        let before = try await f.store.submissions(authority: nil).count
        try await f.withClient { client in
            let r = try await client.execute(uri: "/data/upload", method: .post, headers: sent,
                                             body: try Self.multipart([bad], csrf: ServerFixture.csrf))
            #expect(r.status == .unprocessableContent)
            #expect(String(buffer: r.body).contains("Nothing stored"))
        }
        #expect(try await f.store.submissions(authority: nil).count == before)
    }

    @Test func uploadedFileNamesAreReducedToSafeBaseNames() {
        #expect(MultipartUpload.safeName("../../etc/passwd", index: 0) == "passwd")
        #expect(MultipartUpload.safeName("C:\\returns\\cin 2025.xml", index: 0) == "cin 2025.xml")
        #expect(MultipartUpload.safeName("..", index: 3) == "upload-3")
        #expect(MultipartUpload.safeName("<script>.csv", index: 0) == "script.csv")
    }
}
