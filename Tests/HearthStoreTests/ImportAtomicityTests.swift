import Foundation
import HearthCore
import HearthData
@testable import HearthStore
import SQLKit
import Testing

/// `hearth import` killed at random points leaves the store exactly as before or exactly as after.
@Suite("Import atomicity", .serialized)
struct ImportAtomicityTests {
    @Test("SIGKILL during hearth import: the store is in the before or the after state, never between")
    func killedImports() async throws {
        let hearth = try Self.hearthExecutable()
        let first = try await GeneratedReturns.rutland(seed: 7)
        let second = try await GeneratedReturns.rutland(seed: 8)
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }

        // Given a store holding one submission (the before state) …
        let before = work.appendingPathComponent("before.sqlite").path
        let beforeCounts = try await Self.withStore(before) { store in
            guard case .stored(let s) = try await store.importSubmission(first.request()) else {
                throw StoreError.corrupt("set-up import not stored")
            }
            return try await store.rowCounts(submission: s.id)
        }
        // … and the after state, from one import left to finish.
        let complete = work.appendingPathComponent("complete.sqlite").path
        try FileManager.default.copyItem(atPath: before, toPath: complete)
        let started = Date()
        let (status, output) = try Self.runImport(hearth, folder: second.directory, db: complete, killAfter: nil)
        let fullRun = Date().timeIntervalSince(started)
        #expect(status == 0)
        // Most of a run is reading; aim the kills at the write, which the command reports
        // ("stored 0.6 s"), with a margin either side.
        let storing = Self.seconds(after: "stored ", in: output) ?? fullRun
        let window = (start: max(0, fullRun - 1.5 * storing), length: 2 * storing)
        let afterCounts = try await Self.withStore(complete) { store in
            let all = try await store.submissions(authority: "857")
            guard all.count == 2, let last = all.last else { throw StoreError.corrupt("after state has \(all.count) submissions") }
            return try await store.rowCounts(submission: last.id)
        }

        // When imports are killed at seeded random points across the run
        var random = SplitMix(seed: 20_251_122)
        var outcomes: [String: Int] = [:]
        for trial in 0..<20 {
            let db = work.appendingPathComponent("trial-\(trial).sqlite").path
            try FileManager.default.copyItem(atPath: before, toPath: db)
            let delay = window.start + random.unit() * window.length
            _ = try Self.runImport(hearth, folder: second.directory, db: db, killAfter: delay)
            // A write-ahead log left with pages means the kill came once writing had begun.
            let wal = (try? FileManager.default.attributesOfItem(atPath: db + "-wal")[.size] as? Int) ?? 0
            if wal > 0 { outcomes["WAL left (killed while or after writing)", default: 0] += 1 }

            // Then the store is exactly before or exactly after, and sound
            try await Self.withStore(db) { store in
                let integrity = try await store.read { db in
                    try await db.raw("PRAGMA integrity_check").all(decodingColumn: "integrity_check", as: String.self)
                }
                #expect(integrity == ["ok"], "trial \(trial): \(integrity)")
                let submissions = try await store.submissions(authority: "857")
                guard let firstSubmission = submissions.first else {
                    Issue.record("trial \(trial): the first submission is gone")
                    return
                }
                let firstCounts = try await store.rowCounts(submission: firstSubmission.id)
                #expect(firstCounts == beforeCounts, "trial \(trial): the first submission changed")
                switch submissions.count {
                case 1: outcomes["before", default: 0] += 1
                case 2:
                    outcomes["after", default: 0] += 1
                    #expect(try await store.rowCounts(submission: submissions[1].id) == afterCounts, "trial \(trial)")
                default: Issue.record("trial \(trial): \(submissions.count) submissions")
                }
                // Nothing half-written outside a submission either.
                let orphans = try await store.read { db in
                    try await db.raw("""
                        SELECT COUNT(*) AS n FROM ssda903_episodes WHERE submission_id NOT IN (SELECT id FROM submissions)
                        """).first(decodingColumn: "n", as: Int.self)
                }
                #expect(orphans == 0)
            }
        }
        print("kill test: full import \(String(format: "%.2f", fullRun)) s, storing \(String(format: "%.2f", storing)) s; "
              + "killed between \(String(format: "%.2f", window.start)) and \(String(format: "%.2f", window.start + window.length)) s; "
              + "outcomes \(outcomes)")
    }

    static func withStore<T: Sendable>(_ path: String, _ body: (SQLStore) async throws -> T) async throws -> T {
        let store = try await StoreFactory.open(.sqliteFile(path: path))
        do {
            let value = try await body(store)
            try await store.close()
            return value
        } catch {
            try? await store.close()
            throw error
        }
    }

    /// Runs `hearth import`, killing it with SIGKILL after `killAfter` seconds when given; the
    /// exit status and what it printed.
    static func runImport(_ hearth: URL, folder: URL, db: String, killAfter: Double?) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = hearth
        process.arguments = ["import", folder.path, "--db", db, "--as", "kill-test"]
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-kill-\(UUID().uuidString).out")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        if let killAfter {
            Thread.sleep(forTimeInterval: killAfter)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        process.waitUntilExit()
        try handle.close()
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        return (process.terminationStatus, text)
    }

    /// The number of seconds printed after `label` ("stored 0.62 s" → 0.62).
    static func seconds(after label: String, in text: String) -> Double? {
        guard let range = text.range(of: label) else { return nil }
        return Double(text[range.upperBound...].prefix { $0.isNumber || $0 == "." })
    }

    /// The `hearth` built beside this test bundle (`swift build --build-tests` builds both).
    static func hearthExecutable() throws -> URL {
        let candidates = [URL(fileURLWithPath: CommandLine.arguments[0]), Bundle.main.bundleURL, Bundle.main.executableURL]
            .compactMap { $0 }
        for candidate in candidates {
            var dir = candidate.deletingLastPathComponent()
            for _ in 0..<4 {
                let hearth = dir.appendingPathComponent("hearth")
                if FileManager.default.isExecutableFile(atPath: hearth.path) { return hearth }
                dir = dir.deletingLastPathComponent()
            }
        }
        throw StoreError.notFound("the hearth executable beside \(CommandLine.arguments[0]): run `swift build --build-tests` first")
    }
}

/// A small seeded generator, so the kill points are the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
