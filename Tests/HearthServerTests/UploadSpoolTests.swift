import Foundation
import HearthApplication
import HearthStore
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HearthServer

/// Issue 17: uploaded returns waited world-readable in /tmp, outlived a crash, and six uploads at
/// once put 890 MB there. Now: a private spool (0700 folders, 0600 files), emptied on every path,
/// abandoned spools removed at start, and a cap on the bytes all uploads hold at once.
@Suite struct UploadSpoolTests {
    static func parent() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-spool-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func mode(_ url: URL) throws -> Int {
        try ((FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue ?? -1) & 0o777
    }

    @Test func filesArePrivateAndGoneWhenTheRequestEnds() async throws {
        let parent = try Self.parent()
        defer { try? FileManager.default.removeItem(at: parent) }
        let spool = try UploadSpool(parent: parent, capacity: 1_000)
        #expect(try Self.mode(spool.root) == 0o700)
        let folderURL: URL = try await spool.withFolder { folder in
            let handle = try #require(folder.createFile(named: "cin.xml"))
            try handle.write(contentsOf: Data("<Message/>".utf8))
            try handle.close()
            #expect(try Self.mode(folder.url) == 0o700)
            #expect(try Self.mode(folder.url.appendingPathComponent("cin.xml")) == 0o600)
            return folder.url
        }
        #expect(!FileManager.default.fileExists(atPath: folderURL.path))
        struct Failed: Error {}
        var thrownFolder: URL?
        await #expect(throws: Failed.self) {
            try await spool.withFolder { folder in
                thrownFolder = folder.url
                _ = folder.createFile(named: "x.csv")
                throw Failed()
            }
        }
        #expect(thrownFolder.map { !FileManager.default.fileExists(atPath: $0.path) } == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: spool.root.path).isEmpty)
    }

    @Test func uploadsTogetherCannotTakeMoreThanTheCap() async throws {
        let parent = try Self.parent()
        defer { try? FileManager.default.removeItem(at: parent) }
        let spool = try UploadSpool(parent: parent, capacity: 100)
        try await spool.withFolder { first in
            try first.reserve(80)
            try await spool.withFolder { second in
                #expect(throws: HTTPError.self) { try second.reserve(30) }
                try second.reserve(20)
            }
            #expect(spool.bytesInUse == 80)
        }
        #expect(spool.bytesInUse == 0)
    }

    @Test func aSpoolLeftByAProcessThatEndedIsRemovedAtStart() throws {
        let parent = try Self.parent()
        defer { try? FileManager.default.removeItem(at: parent) }
        // No process has this id (Linux's largest is 4,194,304).
        let abandoned = parent.appendingPathComponent("\(UploadSpool.prefix)2147483600-abc123")
        try FileManager.default.createDirectory(at: abandoned, withIntermediateDirectories: true)
        try Data("child records".utf8).write(to: abandoned.appendingPathComponent("cin.xml"))
        let mine = parent.appendingPathComponent("\(UploadSpool.prefix)\(getpid())-keep")
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        _ = try UploadSpool(parent: parent, capacity: 10)
        #expect(!FileManager.default.fileExists(atPath: abandoned.path))
        #expect(FileManager.default.fileExists(atPath: mine.path))
    }

    /// Through the web app: an upload refused (bad CSRF) and one stored both leave the spool empty.
    @Test func theUploadRouteLeavesNothingBehind() async throws {
        let parent = try Self.parent()
        defer { try? FileManager.default.removeItem(at: parent) }
        let store = try await StoreFactory.open(.sqliteMemory)
        try await ServerFixture.closing(store) {
            let sessions = try await ServerFixture.signIn(store)
            var configuration = ServerConfiguration()
            configuration.uploadDirectory = parent
            let (_, router, _) = try await ServerFixture.makeApp(store, configuration: configuration)
            // Rutland's returns: how big they are does not matter to the spool, only that they are stored.
            let dir = try ServerFixture.generate(year: 2024, seed: 31, authority: "857")
            defer { try? FileManager.default.removeItem(at: dir) }
            let files = ReturnImporter.files(in: dir)
            var headers = HTTPFields()
            headers[.cookie] = ServerFixture.cookie(session: sessions[.analyst])
            headers[.contentType] = "multipart/form-data; boundary=HearthBoundary7d2"
            let sent = headers
            try await Application(responder: router.buildResponder()).test(.router) { client in
                let refused = try await client.execute(uri: "/data/upload", method: .post, headers: sent,
                                                       body: try UploadTests.multipart(files, csrf: "not-the-token"))
                #expect(refused.status == .forbidden)
                let stored = try await client.execute(uri: "/data/upload", method: .post, headers: sent,
                                                      body: try UploadTests.multipart(files, csrf: ServerFixture.csrf))
                #expect(stored.status == .ok)
            }
            let spools = try FileManager.default.contentsOfDirectory(atPath: parent.path)
            #expect(spools.count == 1)
            for name in spools {
                #expect(try FileManager.default.contentsOfDirectory(atPath: parent.appendingPathComponent(name).path).isEmpty, "\(name)")
            }
        }
    }
}
