import HearthCore
@testable import HearthStore
import Testing

/// Each board's pack settings and each meeting's pack texts, on every database.
@Suite("Board pack store")
struct BoardPackStoreTests {
    static let board = Board(id: "cpb", kind: .corporateParenting, name: "Corporate Parenting Board", chair: "Lead Member")

    @Test("settings are nil until saved, then come back as saved, in section order", arguments: Backend.available)
    func settingsRoundTrip(backend: Backend) async throws {
        try await backend.withStore { store in
            // Given no settings
            #expect(try await store.packSettings(board: "cpb", authority: "876") == nil)
            // When a manager saves some, sections chosen out of order
            var s = PackSettings.defaults(for: Self.board)
            s.sections = [.implications, .cover, .childrenInCare]
            s.reportingOfficer = "Head of Service, Children in Care"
            try await store.savePackSettings(s, authority: "876")
            // Then they come back in the pack's order, and only for that authority
            let back = try #require(try await store.packSettings(board: "cpb", authority: "876"))
            #expect(back.sections == [.cover, .childrenInCare, .implications])
            #expect(back.reportingOfficer == "Head of Service, Children in Care")
            #expect(back.recommendation == s.recommendation)
            #expect(try await store.packSettings(board: "cpb", authority: "999") == nil)
            // And saving again replaces them
            s.wards = "Ditton; Mersey"
            try await store.savePackSettings(s, authority: "876")
            #expect(try await store.packSettings(board: "cpb", authority: "876")?.wards == "Ditton; Mersey")
        }
    }

    @Test("a meeting's texts are replaced whole and kept apart from other meetings", arguments: Backend.available)
    func textsReplaceWhole(backend: Backend) async throws {
        try await backend.withStore { store in
            #expect(try await store.packText(meeting: "cpb-2026-11-11", authority: "876") == MeetingPackText(meetingID: "cpb-2026-11-11"))
            let first = MeetingPackText(meetingID: "cpb-2026-11-11", commentary: ["cla_rate": "Stable.\n\nSecond paragraph."],
                                        implications: [.financial: "Placement spend above budget.", .climate: "None."])
            try await store.savePackText(first, authority: "876")
            try await store.savePackText(MeetingPackText(meetingID: "ib-2026-12-01", commentary: ["icpc_15wd": "Late."]), authority: "876")
            #expect(try await store.packText(meeting: "cpb-2026-11-11", authority: "876") == first)
            // A second save drops what it no longer holds.
            let second = MeetingPackText(meetingID: "cpb-2026-11-11", commentary: ["cla_rate": "Rising."])
            try await store.savePackText(second, authority: "876")
            #expect(try await store.packText(meeting: "cpb-2026-11-11", authority: "876") == second)
            #expect(try await store.packText(meeting: "ib-2026-12-01", authority: "876").commentary == ["icpc_15wd": "Late."])
            #expect(try await store.packText(meeting: "cpb-2026-11-11", authority: "999").commentary.isEmpty)
        }
    }
}
