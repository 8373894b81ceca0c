import Foundation
import HearthCore
@testable import HearthStore
import Testing

/// A pack's sign-off and issued versions keep their files byte for byte, on every database.
@Suite("Issued packs")
struct IssuedPackStoreTests {
    @Test("an issued version keeps its files and their SHA-256; the sign-off is used up", arguments: Backend.available)
    func issue(backend: Backend) async throws {
        try await backend.withStore { store in
            let files = ["html": Data("<h1>Pack</h1>".utf8), "docx": Data([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff]), "json": Data("{}".utf8)]
            let at = Date(timeIntervalSince1970: 1_800_000_000)
            #expect(try await store.packSignOff(meeting: "m1", authority: "876") == nil)
            await #expect(throws: StoreError.self) {
                _ = try await store.issuePack(meeting: "m1", files: files, issuedBy: "manager", at: at, reason: "First issue.",
                                              dataTo: "30 November 2026", authority: "876")
            }
            try await store.signOffPack(PackSignOff(meetingID: "m1", by: "manager", at: at), authority: "876")
            #expect(try await store.packSignOff(meeting: "m1", authority: "876")?.by == "manager")
            let first = try await store.issuePack(meeting: "m1", files: files, issuedBy: "manager", at: at, reason: "First issue.",
                                                  dataTo: "30 November 2026", authority: "876")
            #expect(first.version == 1 && first.sha256["docx"] == SQLStore.sha256Hex(files["docx"]!) && first.sha256["pdf"] == nil)
            #expect(try await store.packSignOff(meeting: "m1", authority: "876") == nil, "issuing uses the sign-off up")
            try await store.signOffPack(PackSignOff(meetingID: "m1", by: "admin", at: at), authority: "876")
            let second = try await store.issuePack(meeting: "m1", files: files.merging(["pdf": Data("%PDF".utf8)]) { a, _ in a },
                                                   issuedBy: "admin", at: at, reason: "Returns arrived.", dataTo: "31 December 2026", authority: "876")
            #expect(second.version == 2)
            #expect(try await store.issuedPacks(meeting: "m1", authority: "876").map(\.reason) == ["First issue.", "Returns arrived."])
            #expect(try await store.issuedPacks(meeting: "m1", authority: "999").isEmpty, "another authority's store holds none")
            let stored = try #require(try await store.issuedPack(meeting: "m1", version: 1, authority: "876"))
            #expect(stored.files == files && stored.record.signOff.by == "manager" && stored.record.dataTo == "30 November 2026")
            #expect(try await store.issuedPack(meeting: "m1", version: 2, authority: "876")?.files["pdf"] == Data("%PDF".utf8))
            #expect(try await store.issuedPack(meeting: "m1", version: 3, authority: "876") == nil)
            // Saving the pack's text takes a sign-off away.
            try await store.signOffPack(PackSignOff(meetingID: "m1", by: "manager", at: at), authority: "876")
            try await store.savePackText(MeetingPackText(meetingID: "m1", commentary: ["icpc_15wd": "Moved."]), authority: "876")
            #expect(try await store.packSignOff(meeting: "m1", authority: "876") == nil)
        }
    }
}
