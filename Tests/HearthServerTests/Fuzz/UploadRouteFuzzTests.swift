import Foundation
import HearthData
import HearthStore
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HearthServer

/// A seeded mutation fuzzer for the upload route (issue 17): multipart bodies built from the bad-
/// file corpus and hand-written returns, then damaged (boundaries cut, doubled or moved, headers
/// garbled, file names hostile, bytes flipped, the body truncated). Every answer must be one a
/// user can act on (never a 500), no request may hang, and the app must still serve afterwards.
/// CI runs a few hundred; `HEARTH_FUZZ_UPLOAD_RUNS=N scripts/fuzz.sh` or
/// `HEARTH_FUZZ_UPLOAD_RUNS=N swift test --filter UploadRouteFuzzTests` runs as many as you like.
@Suite struct UploadRouteFuzzTests {
    static let runs = ProcessInfo.processInfo.environment["HEARTH_FUZZ_UPLOAD_RUNS"].flatMap(Int.init) ?? 300
    static let seed = ProcessInfo.processInfo.environment["HEARTH_FUZZ_SEED"].flatMap(UInt64.init) ?? 17
    static let boundary = "HearthFuzzBoundary"
    /// What an upload may answer: stored, nothing to do, refused as a form or as returns, too big, busy.
    static let allowed: Set<Int> = [200, 400, 403, 413, 415, 422, 503]

    static var corpus: [(name: String, bytes: [UInt8])] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("HearthDataTests/Corpus")
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        return files.filter { !$0.hasDirectoryPath && $0.lastPathComponent != ".keep" }.sorted { $0.path < $1.path }
            .compactMap { url in (try? Data(contentsOf: url)).map { (url.lastPathComponent, Array($0)) } }
    }

    @Test func mutatedUploadsAreAnsweredAndTheServerKeepsServing() async throws {
        let seeds = Self.corpus
        try #require(seeds.count >= 10)
        let store = try await StoreFactory.open(.sqliteMemory)
        try await ServerFixture.closing(store) {
            let sessions = try await ServerFixture.signIn(store)
            let (_, router, _) = try await ServerFixture.makeApp(store)
            var headers = HTTPFields()
            headers[.cookie] = ServerFixture.cookie(session: sessions[.analyst])
            let cookies = headers
            let statuses = try await Application(responder: router.buildResponder()).test(.router) { client in
                var rng = SeededRandom(seed: Self.seed)
                var statuses: [Int: Int] = [:]
                for run in 0..<Self.runs {
                    var h = cookies
                    let (contentType, body) = Self.mutatedUpload(seeds, &rng)
                    h[.contentType] = contentType
                    let sent = h
                    // A hang is an input that never gets an answer; the limit is generous because the
                    // whole test suite runs at once on two cores and an import then takes seconds.
                    guard let status = try await Self.withinSeconds(120, run: run, {
                        try await client.execute(uri: "/data/upload", method: .post, headers: sent, body: ByteBuffer(bytes: body)).status.code
                    }) else {
                        Self.keep(body, contentType: contentType, run: run)
                        break
                    }
                    statuses[status, default: 0] += 1
                    if !Self.allowed.contains(status) { Self.keep(body, contentType: contentType, run: run) }
                    #expect(Self.allowed.contains(status), "run \(run) (seed \(Self.seed)) answered \(status)")
                }
                let health = try await client.execute(uri: "/health", method: .get, headers: cookies)
                #expect(health.status == .ok)
                let data = try await client.execute(uri: "/data", method: .get, headers: cookies)
                #expect(data.status == .ok)
                return statuses
            }
            print("upload route fuzz: \(Self.runs) inputs, seed \(Self.seed), answers \(statuses.sorted { $0.key < $1.key })")
        }
    }

    /// A form upload of one to three corpus files (each perhaps damaged), the whole body then
    /// perhaps damaged again; sometimes a hostile Content-Type.
    static func mutatedUpload(_ seeds: [(name: String, bytes: [UInt8])], _ rng: inout SeededRandom) -> (String, [UInt8]) {
        var body: [UInt8] = []
        func add(_ s: String) { body += Array(s.utf8) }
        add("--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(ServerFixture.csrf)\r\n")
        let names = ["cin.xml", "../../etc/passwd", "a\u{0}b.csv", String(repeating: "x", count: 300) + ".csv", "returns/SSDA903_2025_episodes.csv",
                     "..", "", "con.xlsx", "\u{202E}gpj.csv"]
        for _ in 0..<(1 + rng.below(3)) {
            var file = seeds[rng.below(seeds.count)]
            if rng.below(2) == 0 { file.bytes = damage(file.bytes, &rng) }
            let name = rng.below(3) == 0 ? names[rng.below(names.count)] : file.name
            add("--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            body += file.bytes
            add("\r\n")
        }
        add("--\(boundary)--\r\n")
        if rng.below(2) == 0 { body = damage(body, &rng) }
        let types = ["multipart/form-data; boundary=\(boundary)", "multipart/form-data; boundary=\"\(boundary)\"",
                     "multipart/form-data", "multipart/form-data; boundary=", "text/plain", "multipart/form-data; boundary=Other"]
        return (rng.below(6) == 0 ? types[rng.below(types.count)] : types[0], body)
    }

    /// One to four damages: a flipped bit, bytes inserted or removed, a run doubled, the end cut,
    /// or a token that means something to a multipart or XML or CSV reader put somewhere.
    static func damage(_ input: [UInt8], _ rng: inout SeededRandom) -> [UInt8] {
        var b = input
        let tokens = ["\r\n--\(boundary)\r\n", "\r\n\r\n", "--\(boundary)--", "Content-Disposition: form-data; name=\"files\"; filename=\"x\"\r\n",
                      "<", "</", "&", "\"", ",", "\r\n", "\t", "\u{FF}", "\u{C3}(", "99999999999999999999", "31/02/2024", "9999-99-99"]
        for _ in 0..<(1 + rng.below(4)) {
            let at = b.isEmpty ? 0 : rng.below(b.count)
            switch rng.below(6) {
            case 0 where !b.isEmpty: b[at] ^= UInt8(1 << rng.below(8))
            case 1: b.insert(contentsOf: (0..<(1 + rng.below(8))).map { _ in UInt8(truncatingIfNeeded: rng.next()) }, at: at)
            case 2 where !b.isEmpty: b.removeSubrange(at..<min(b.count, at + 1 + rng.below(16)))
            case 3 where !b.isEmpty: b.insert(contentsOf: b[at..<min(b.count, at + 1 + rng.below(64))], at: at)
            case 4: b = Array(b.prefix(at))
            default:
                let token = tokens[rng.below(tokens.count)]
                b.insert(contentsOf: token == "\u{FF}" ? [0xFF] : token == "\u{C3}(" ? [0xC3, 0x28] : Array(token.utf8), at: at)
            }
        }
        return b
    }

    /// `body`'s result, or nil (and a recorded failure naming the run) when it takes longer than `seconds`.
    static func withinSeconds(_ seconds: Int, run: Int, _ body: @escaping @Sendable () async throws -> Int) async throws -> Int? {
        try await withThrowingTaskGroup(of: Int?.self) { group in
            group.addTask { try await body() }
            group.addTask { try await Task.sleep(for: .seconds(seconds)); return nil }
            let first = try await group.next() ?? nil
            group.cancelAll()
            if first == nil { Issue.record("run \(run) (seed \(seed)) took longer than \(seconds) s: a hang") }
            return first
        }
    }

    /// Writes an input that failed to `.build/fuzz-findings/`, to be replayed and made a test.
    static func keep(_ body: [UInt8], contentType: String, run: Int) {
        let dir = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(".build/fuzz-findings")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let name = "upload-seed\(seed)-run\(run)"
        try? Data(body).write(to: dir.appendingPathComponent(name + ".body"))
        try? Data(contentType.utf8).write(to: dir.appendingPathComponent(name + ".content-type"))
    }
}

extension SeededRandom {
    /// A number in 0..<n (0 when n is 0 or 1).
    mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }
}
