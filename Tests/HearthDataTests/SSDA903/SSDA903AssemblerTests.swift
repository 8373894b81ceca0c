import HearthCore
import Testing
@testable import HearthData

@Suite struct SSDA903AssemblerTests {
    private typealias F = SSDA903Fixtures
    private let assembler = SSDA903Assembler()

    @Test func sortsThisYearAndLastYearByContentNotByName() {
        // Given both years' tables, shuffled, with names that say nothing (or the wrong year)
        let misleading = F.files(of: F.return2025) { "SSDA903_2024_\($0.rawValue).csv" }
            + F.files(of: F.return2024) { "upload_\($0.rawValue)_latest.csv" }
        let files = misleading.enumerated().sorted { ($0.offset * 7) % 22 < ($1.offset * 7) % 22 }.map(\.element)
        // When they are assembled
        let assembly = assembler.assemble(files)
        // Then each table is in its own year
        #expect(assembly.current == F.return2025)
        #expect(assembly.previous == F.return2024)
        #expect(assembly.problems.isEmpty)
        let header2024 = assembly.files.first { $0.name == "upload_Header_latest.csv" }
        #expect(header2024?.collectionYear == 2024)
        #expect(header2024?.kind == .ssda903Table(.header))
    }

    @Test func placesADatedTableByItsLatestEventDate() {
        // Given reviews whose latest date is 31 March 2025 and others whose latest is 1 April 2025
        let march = SSDA903Return(collectionYear: 0, reviews: [
            CareReview(childID: "1", reviewDate: Day(uk: "01/04/2024")), CareReview(childID: "1", reviewDate: Day(uk: "31/03/2025"))])
        let april = SSDA903Return(collectionYear: 0, reviews: [CareReview(childID: "1", reviewDate: Day(uk: "01/04/2025"))])
        let writer = SSDA903CSVWriter()
        // When each is assembled on its own
        let a = assembler.assemble([SSDA903TableReader.read(bytes: writer.csv(.reviews, of: march), name: "a.csv")])
        let b = assembler.assemble([SSDA903TableReader.read(bytes: writer.csv(.reviews, of: april), name: "b.csv")])
        // Then the year ends on 31 March
        #expect(a.current?.collectionYear == 2025)
        #expect(b.current?.collectionYear == 2026)
    }

    @Test func putsALoneUndatedTableInTheYearItsChildrenFit() {
        // Given both years' Episodes but only one Header, holding last year's children
        let files = [episodes(of: F.return2024, "e1.csv"), episodes(of: F.return2025, "e2.csv"),
                     table(.header, of: F.return2024, "h.csv")]
        // When they are assembled
        let assembly = assembler.assemble(files)
        // Then the Header goes to last year, whose episodes hold its children (A left care then)
        #expect(assembly.previous?.header == F.return2024.header)
        #expect(assembly.current?.header.isEmpty == true)
    }

    @Test func putsALoneUndatedTableInTheCurrentYearWhenInDoubt() {
        // Given a Header whose children fit both years equally
        let both = SSDA903Return(collectionYear: 2025, header: F.return2025.header.filter { $0.childID == "B" })
        let files = [episodes(of: F.return2024, "e1.csv"), episodes(of: F.return2025, "e2.csv"),
                     table(.header, of: both, "h.csv")]
        // When / Then: this year's
        #expect(assembler.assemble(files).current?.header == both.header)
    }

    @Test func takesAFileYearGivenByTheUser() {
        // Given the same files, and the user saying the Header is last year's
        let files = [episodes(of: F.return2024, "e1.csv"), episodes(of: F.return2025, "e2.csv"),
                     table(.header, of: F.return2024, "h.csv")]
        // When they are assembled
        let assembly = assembler.assemble(files, yearsByFile: ["h.csv": 2024])
        // Then it is there
        #expect(assembly.previous?.header == F.return2024.header)
        #expect(assembly.files.first { $0.name == "h.csv" }?.collectionYear == 2024)
    }

    @Test func needsTheYearWhenNoFileHasDates() {
        // Given a Header on its own
        let files = [table(.header, of: F.return2025, "h.csv")]
        // When it is assembled without, then with, the collection year
        let unknown = assembler.assemble(files)
        let given = assembler.assemble(files, collectionYear: 2025)
        // Then the year must be given
        #expect(unknown.current == nil)
        #expect(unknown.problems.map(\.severity) == [.error])
        #expect(unknown.problems.first?.message.contains("say which (\"SSDA903 year\" on the upload form, or --ssda903-year)") == true)
        #expect(given.current?.header == F.return2025.header)
        #expect(given.current?.collectionYear == 2025)
    }

    @Test func reportsTwoFilesOfOneTableInTheSameYear() {
        // Given two Episodes files from the same year
        let files = [episodes(of: F.return2025, "first.csv"), episodes(of: F.return2025, "second.csv")]
        // When they are assembled
        let assembly = assembler.assemble(files)
        // Then the first is used and the second reported
        #expect(assembly.current?.episodes == F.return2025.episodes)
        #expect(assembly.problems.count == 1)
        #expect(assembly.problems.first?.file == "second.csv")
        #expect(assembly.problems.first?.message.contains("second Episodes file for the year ending 31 March 2025") == true)
        #expect(assembly.files.map(\.collectionYear) == [2025, nil])
    }

    @Test func keepsOnlyTheLatestTwoYears() {
        // Given Episodes from 2023, 2024 and 2025
        let old = SSDA903Return(collectionYear: 2023, episodes: [CareEpisode(childID: "Q", startDate: Day(uk: "05/05/2022"))])
        let files = [episodes(of: old, "2023.csv"), episodes(of: F.return2024, "2024.csv"),
                     episodes(of: F.return2025, "2025.csv")]
        // When they are assembled
        let assembly = assembler.assemble(files)
        // Then 2023 is left out, with a reason
        #expect(assembly.current?.collectionYear == 2025)
        #expect(assembly.previous?.collectionYear == 2024)
        #expect(assembly.problems.map(\.file) == ["2023.csv"])
        #expect(assembly.problems.first?.message.contains("year ending 31 March 2023") == true)
    }

    @Test func isNotMovedIntoAFutureYearByAFewMistypedDates() {
        // Given 400 reviews in 2024-25 and one typed as 2052
        var reviews = (0..<400).map { CareReview(childID: "\($0)", reviewDate: Day(uk: "01/06/2024")) }
        reviews.append(CareReview(childID: "X", reviewDate: Day(uk: "01/06/2052")))
        let file = SSDA903TableReader.read(
            bytes: SSDA903CSVWriter().csv(.reviews, of: SSDA903Return(collectionYear: 0, reviews: reviews)), name: "r.csv")
        // When it is assembled
        let assembly = assembler.assemble([file])
        // Then the file stays in 2025, with a warning about the stray date, and another naming its
        // row (the 401st, on line 402) and field
        #expect(assembly.current?.collectionYear == 2025)
        #expect(assembly.problems.map(\.severity) == [.warning, .warning])
        #expect(assembly.problems.last?.line == 402)
        #expect(assembly.problems.last?.field == "REVIEW")
    }

    @Test func listsUnusableFilesAsNotRecognised() {
        // Given a file that is not a 903 table beside a good one
        let junk = SSDA903TableReader.read(bytes: Array("Name,Age\nAl,3\n".utf8), name: "junk.csv")
        let assembly = assembler.assemble([episodes(of: F.return2025, "e.csv"), junk])
        // Then it is reported and listed, and the rest is used
        #expect(assembly.files.map(\.kind) == [.ssda903Table(.episodes), .unrecognised])
        #expect(assembly.problems.map(\.severity) == [.fatal])
        #expect(assembly.current?.episodes == F.return2025.episodes)
    }

    private func episodes(of r: SSDA903Return, _ name: String) -> SSDA903TableFile { table(.episodes, of: r, name) }

    private func table(_ t: SSDA903Table, of r: SSDA903Return, _ name: String) -> SSDA903TableFile {
        SSDA903TableReader.read(bytes: SSDA903CSVWriter().csv(t, of: r), name: name)
    }
}
