import Foundation
import Testing
import HearthCore
@testable import HearthData

@Suite struct CINCensusWriterTests {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d) ?? Day(ordinal: 0) }

    static let census = CINCensus(
        header: CINHeader(year: 2025, referenceDate: day(2025, 3, 31), authorityCode: "876", softwareCode: "Acme & Co",
                          release: "v1", serialNumber: "7", dateTime: "2025-04-01T09:00:00"),
        children: [
            CINChild(childID: "C<1>", upn: "A123", formerUPN: "B456", upnUnknown: nil, birthDate: day(2012, 1, 31),
                     expectedBirthDate: nil, sex: "2", deathDate: nil, ethnicity: "WBRI", disabilities: ["MOB", "LD"],
                     episodes: [
                        CINEpisode(referralDate: day(2024, 4, 2), referralSource: "6", primaryNeed: "N1",
                                   closureDate: day(2025, 1, 10), reasonForClosure: "RC7", dateOfInitialCPC: day(2024, 4, 20),
                                   referralNFA: false,
                                   assessments: [Assessment(startDate: day(2024, 4, 3), internalReviewDate: day(2024, 4, 20),
                                                            authorisationDate: day(2024, 5, 1), factors: ["3A", "21"])],
                                   cinPlans: [CINPlan(startDate: day(2024, 5, 2), endDate: nil)],
                                   section47s: [Section47(startDate: day(2024, 4, 3), initialCPCTarget: day(2024, 4, 24),
                                                          dateOfInitialCPC: day(2024, 4, 20), icpcNotRequired: true)],
                                   protectionPlans: [ProtectionPlan(startDate: day(2024, 4, 20), endDate: day(2025, 2, 1),
                                                                    initialCategory: "NEG", latestCategory: "MUL",
                                                                    numberOfPreviousPlans: 0,
                                                                    reviewDates: [day(2024, 7, 15), day(2025, 1, 15)])]),
                        CINEpisode(referralDate: day(2025, 2, 2), referralSource: "XX", primaryNeed: nil, referralNFA: true),
                     ]),
            CINChild(childID: "U2", birthDate: nil, expectedBirthDate: day(2025, 6, 1), sex: "0", ethnicity: nil, episodes: []),
        ])

    @Test func readerReadsBackWhatTheWriterWrote() {
        // Given
        let bytes = CINCensusWriter.bytes(Self.census)
        // When
        let result = CINCensusReader.read(bytes: bytes, fileName: "round.xml")
        // Then
        #expect(result.census == Self.census)
        #expect(result.problems.map(\.field) == ["ReferralSource"], "only the deliberately unknown code is flagged")
    }

    @Test func writesTheSameBytesEveryTime() {
        #expect(CINCensusWriter.bytes(Self.census) == CINCensusWriter.bytes(Self.census))
    }

    @Test func writesTheDfELayout() {
        // Given / When
        let text = String(decoding: CINCensusWriter.bytes(Self.census), as: UTF8.self)
        // Then
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message>\n  <Header>\n    <CollectionDetails>\n      <Collection>CIN</Collection>"))
        #expect(text.contains("<LAchildID>C&lt;1&gt;</LAchildID>"))
        #expect(text.contains("<ICPCnotRequired>true</ICPCnotRequired>"))
        #expect(text.contains("<Reviews>\n            <CPPreviewDate>2024-07-15</CPPreviewDate>"))
        #expect(!text.contains("<CINPlanEndDate>"), "absent values are left out")
    }

    @Test func writesToAFileThatReadsBack() throws {
        // Given
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-cin-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: url) }
        // When
        try CINCensusWriter.write(Self.census, to: url)
        let result = CINCensusReader.read(url: url)
        // Then
        #expect(result.census == Self.census)
        #expect(try Data(contentsOf: url) == Data(CINCensusWriter.bytes(Self.census)))
    }
}
