@testable import HearthApplication
import Foundation
@testable import HearthReports
import Testing

/// Issue 17: sixteen PDF requests at once started 142 Chromium processes. Prints now queue for a
/// few places, a full queue is answered 503, a stuck print is stopped, and Chromium has no network.
@Suite struct PrintQueueTests {
    @Test func sixteenPrintsAtOnceRunTwoAtATimeAndAllFinish() async throws {
        let queue = PrintQueue(width: 2, maxWaiting: 16)
        let finished = try await withThrowingTaskGroup(of: Int.self) { group in
            for n in 0..<16 {
                group.addTask { try await queue.run { try await Task.sleep(for: .milliseconds(20)); return n } }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(finished.sorted() == Array(0..<16))
        #expect(await queue.mostAtOnce == 2)
    }

    @Test func aRequestBeyondTheQueueIsToldToComeBack() async throws {
        let queue = PrintQueue(width: 1, maxWaiting: 1)
        let gate = AsyncStream<Void>.makeStream()
        async let first: Void = queue.run { for await _ in gate.stream {} }
        try await Task.sleep(for: .milliseconds(50))
        async let second: Void = queue.run {}
        try await Task.sleep(for: .milliseconds(50))
        await #expect(throws: PrintQueue.busy) { try await queue.run {} }
        gate.continuation.finish()
        _ = try await (first, second)
    }

    /// The same pack asked for by a whole board at once is printed once.
    @Test func oneUnchangedPackIsPrintedOnceForManyAskingAtOnce() async throws {
        let cache = PDFCache()
        let prints = Counter()
        try await withThrowingTaskGroup(of: Data.self) { group in
            for _ in 0..<10 {
                group.addTask {
                    try await cache.pdf(for: "<html>pack</html>") { _ in
                        await prints.add()
                        try await Task.sleep(for: .milliseconds(100))
                        return Data("%PDF".utf8)
                    }
                }
            }
            for try await pdf in group { #expect(pdf == Data("%PDF".utf8)) }
        }
        #expect(await prints.value == 1)
    }

    @Test func aStuckChromiumIsStoppedAtItsTimeout() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-fake-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let fake = dir.appendingPathComponent("chromium")
        try Data("#!/bin/sh\nexec sleep 300\n".utf8).write(to: fake)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        var printer = ChromiumPrinter(executable: fake)
        printer.timeout = 1
        let started = Date()
        await #expect(throws: ChromiumPrinter.PrintError.self) { _ = try await printer.pdf(html: "<p>x</p>") }
        // Stopped long before the fake browser's 300 s, even with the whole suite running at once.
        #expect(Date().timeIntervalSince(started) < 120)
    }

    @Test func chromiumIsGivenNoNetwork() {
        let args = ChromiumPrinter.arguments(profile: URL(fileURLWithPath: "/p"), input: URL(fileURLWithPath: "/in.html"),
                                             output: URL(fileURLWithPath: "/out.pdf"))
        #expect(args.contains("--host-resolver-rules=MAP * ~NOTFOUND"))
        #expect(args.contains("--proxy-server=http://127.0.0.1:9"))
        #expect(args.contains("--proxy-bypass-list=<-loopback>"))
    }

    actor Counter {
        var value = 0
        func add() { value += 1 }
    }
}
