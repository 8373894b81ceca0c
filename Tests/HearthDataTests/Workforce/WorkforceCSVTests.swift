import HearthCore
import Testing
@testable import HearthData

@Suite struct WorkforceCSVTests {
    private let headings = WorkforceColumns.workerHeadings.joined(separator: ",")

    private func workers(_ lines: String...) -> [UInt8] {
        Array(([headings] + lines).joined(separator: "\n").utf8)
    }

    @Test func readsAWorkerWithEveryCensusField() throws {
        // Given
        let bytes = workers("SW100,0,0.8,Assessment,5,01/05/1985,2,WBRI,01/10/2023,,3,,1,18,4.5,1,SICK")

        // When
        let result = WorkforceCSVReader.read(bytes: bytes, fileName: "workers.csv")

        // Then
        #expect(result.problems.isEmpty)
        #expect(result.kind == .workforceWorkers)
        let w = try #require(result.workers.first)
        #expect(w == SocialWorker(workerID: "SW100", isAgency: false, fte: 0.8, team: "Assessment", role: "5",
                                  birthDate: Day(year: 1985, month: 5, day: 1), sex: "2", ethnicity: "WBRI",
                                  roleStartDate: Day(year: 2023, month: 10, day: 1), startOrigin: "3",
                                  isNewlyQualified: true, cases: 18, workingDaysLost: 4.5, absentAtCensus: true,
                                  reasonAbsent: "SICK"))
    }

    @Test func acceptsTheCensusNamesSWENoAndAgencyWorker() {
        let bytes = Array("SWENo,AgencyWorker,FTE\nSW1,1,1\n".utf8)
        let result = WorkforceCSVReader.read(bytes: bytes, fileName: "csww.csv")
        #expect(result.workers.map(\.workerID) == ["SW1"])
        #expect(result.workers.first?.isAgency == true)
    }

    @Test func leavesOutWorkersWithoutAnIDOrWithAnImpossibleFTE() {
        // Given
        let bytes = workers(",0,1,,,,,,,,,,,,,,", "SW2,0,1.7,,,,,,,,,,,,,,", "SW3,maybe,1,,,,,,,,,,,,,,", "SW4,1,0.5,,,,,,,,,,,,,,")

        // When
        let result = WorkforceCSVReader.read(bytes: bytes, fileName: "workers.csv")

        // Then
        #expect(result.workers.map(\.workerID) == ["SW4"])
        #expect(result.problems.map(\.field) == ["WorkerID", "FTE", "Agency"])
        #expect(result.problems.map(\.line) == [2, 3, 4])
    }

    @Test func warnsOfAnUnknownRoleCode() {
        let result = WorkforceCSVReader.read(bytes: workers("SW1,0,1,,9,,,,,,,,,,,,"), fileName: "workers.csv")
        #expect(result.workers.first?.role == "9")
        #expect(result.problems.map(\.severity) == [.warning])
    }

    @Test func roundTripsWorkersThroughCSV() {
        // Given
        let original = [
            SocialWorker(workerID: "SW1", isAgency: true, fte: 0.6, team: "Court, Team", role: "5",
                         roleStartDate: Day(year: 2024, month: 2, day: 1), roleEndDate: Day(year: 2024, month: 8, day: 30),
                         reasonLeft: "2", cases: 22, workingDaysLost: 0.5, absentAtCensus: false),
            SocialWorker(workerID: "SW2", isAgency: false, fte: 1),
        ]

        // When
        let text = WorkforceCSVWriter.workers(original)
        let result = WorkforceCSVReader.read(bytes: Array(text.utf8), fileName: "workers.csv")

        // Then
        #expect(result.problems.isEmpty)
        #expect(result.workers == original)
    }

    @Test func roundTripsVacanciesSortedByTeam() {
        // Given
        let vacancies = ["Safeguarding": 3.5, "Assessment": 2, "": 1]

        // When
        let text = WorkforceCSVWriter.vacancies(vacancies)
        let result = WorkforceCSVReader.read(bytes: Array(text.utf8), fileName: "vacancies.csv")

        // Then
        #expect(text == "Team,VacancyFTE\r\n,1\r\nAssessment,2\r\nSafeguarding,3.5\r\n")
        #expect(result.kind == .workforceVacancies)
        #expect(result.vacanciesFTE == vacancies)
    }

    @Test func infersTheCensusDateFromTheLatestRoleDate() {
        let w = [SocialWorker(workerID: "A", isAgency: false, fte: 1, roleStartDate: Day(year: 2024, month: 9, day: 30)),
                 SocialWorker(workerID: "B", isAgency: false, fte: 1, roleEndDate: Day(year: 2024, month: 3, day: 1))]
        #expect(WorkforceCensusDate.inferred(from: w) == Day(year: 2024, month: 9, day: 30))
        let later = w + [SocialWorker(workerID: "C", isAgency: false, fte: 1, roleStartDate: Day(year: 2024, month: 10, day: 1))]
        #expect(WorkforceCensusDate.inferred(from: later) == Day(year: 2025, month: 9, day: 30))
        #expect(WorkforceCensusDate.inferred(from: []) == nil)
    }

    @Test func recognisesWorkforceFilesByHeadings() {
        #expect(WorkforceCSVReader.recognise(headings: ["workerid", "Agency", "FTE"]) == .workforceWorkers)
        #expect(WorkforceCSVReader.recognise(headings: ["Team", "Vacancy FTE"]) == .workforceVacancies)
        #expect(WorkforceCSVReader.recognise(headings: ["Child Unique ID"]) == nil)
    }

    @Test func failsAWorkerFileMissingFTE() {
        let result = WorkforceCSVReader.read(bytes: Array("WorkerID,Agency\nSW1,0\n".utf8), fileName: "w.csv")
        #expect(result.hasFatal)
        #expect(result.problems.first?.message.contains("lacks column FTE") == true)
    }
}
