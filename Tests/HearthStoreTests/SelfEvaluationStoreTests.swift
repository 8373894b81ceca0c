import Foundation
import HearthCore
@testable import HearthStore
import Testing

/// The self-evaluation's versions, on every database: each save a new numbered version with its
/// words as typed; an issue freezes the files once and never again.
@Suite("Self-evaluations")
struct SelfEvaluationStoreTests {
    static let at = Date(timeIntervalSince1970: 1_800_000_000)

    static let words = SelfEvaluationNarrative(summary: "Our summary, with \"quotes\" and\nlines", areas: [
        .helpAndProtection: .init(whatWeKnow: "Audits show…", howWeKnow: "Dip samples", plans: "Front door review"),
        .careLeavers: .init(plans: "More personal advisers"),
    ])

    @Test("versions are numbered per authority and come back as saved", arguments: Backend.available)
    func versions(backend: Backend) async throws {
        try await backend.withStore { store in
            let first = try await store.addSelfEvaluation(Self.words, by: "analyst", at: Self.at, authority: "876")
            let second = try await store.addSelfEvaluation(SelfEvaluationNarrative(summary: "Second"), by: "manager",
                                                           at: Self.at.addingTimeInterval(60), authority: "876")
            let other = try await store.addSelfEvaluation(SelfEvaluationNarrative(summary: "Elsewhere"), by: "x", at: Self.at, authority: "999")
            let numbers: [Int] = [first.version, second.version, other.version]
            #expect(numbers == [1, 2, 1])
            let held = try await store.selfEvaluations(authority: "876")
            #expect(held == [first, second])
            #expect(held[0].narrative == Self.words)
            #expect(held[0].createdAt == Self.at && held[0].createdBy == "analyst" && !held[0].isIssued)
            #expect(try await store.selfEvaluation(version: 2, authority: "876") == second)
            #expect(try await store.selfEvaluation(version: 3, authority: "876") == nil)
        }
    }

    @Test("an issue freezes the files with their hashes, once", arguments: Backend.available)
    func issue(backend: Backend) async throws {
        try await backend.withStore { store in
            _ = try await store.addSelfEvaluation(Self.words, by: "analyst", at: Self.at, authority: "876")
            #expect(try await store.selfEvaluationFile(version: 1, format: "html", authority: "876") == nil)
            let files = ["html": Data("<p>c</p>".utf8), "docx": Data([0x50, 0x4B, 0, 1, 2]), "json": Data("{}".utf8)]
            let issued = try await store.issueSelfEvaluation(version: 1, files: files, by: "manager", at: Self.at, authority: "876")
            #expect(issued.isIssued && issued.issuedBy == "manager")
            #expect(issued.sha256["html"] == SQLStore.sha256Hex(files["html"]!))
            for (format, data) in files {
                #expect(try await store.selfEvaluationFile(version: 1, format: format, authority: "876") == data)
            }
            #expect(try await store.selfEvaluationFile(version: 1, format: "pdf", authority: "876") == nil)
            #expect(try await store.selfEvaluation(version: 1, authority: "876") == issued)
            await #expect(throws: StoreError.self) {
                try await store.issueSelfEvaluation(version: 1, files: files, by: "admin", at: Self.at, authority: "876")
            }
            await #expect(throws: StoreError.self) {
                try await store.issueSelfEvaluation(version: 9, files: files, by: "admin", at: Self.at, authority: "876")
            }
            // The other authority's version 1 is not issued by this.
            #expect(try await store.selfEvaluationFile(version: 1, format: "html", authority: "999") == nil)
        }
    }

    @Test("saves made at once each get their own number", arguments: Backend.available)
    func concurrentSaves(backend: Backend) async throws {
        try await backend.withStore { store in
            try await withThrowingTaskGroup(of: Int.self) { group in
                for i in 0..<6 {
                    group.addTask {
                        try await store.addSelfEvaluation(SelfEvaluationNarrative(summary: "\(i)"), by: "u\(i)", at: Self.at, authority: "876").version
                    }
                }
                var numbers: [Int] = []
                for try await n in group { numbers.append(n) }
                #expect(numbers.sorted() == Array(1...6))
            }
        }
    }
}
