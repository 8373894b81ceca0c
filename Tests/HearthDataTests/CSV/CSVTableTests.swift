import Foundation
import HearthCore
import Testing
@testable import HearthData

@Suite struct CSVTableTests {
    private func rows(_ text: String, width: Int? = nil) -> (heading: CSVRecord?, rows: [CSVRecord], complete: Bool, problems: [DataProblem]) {
        var table = CSVTable(bytes: Array(text.utf8), fileName: "t.csv")
        guard let heading = table.heading(ifNone: "no heading row") else { return (nil, [], false, table.log.finished()) }
        var rows: [CSVRecord] = []
        let complete = table.forEachRow(width: width) { r, _ in rows.append(r) }
        return (heading, rows, complete, table.log.finished())
    }

    @Test func blankLinesAboveTheHeadingAndBetweenRowsAreSkipped() {
        let read = rows("\n,\nA,B\n1,2\n\n,\n3,4\n")
        #expect(read.heading?.fields == ["A", "B"] && read.heading?.line == 3)
        #expect(read.rows.map(\.fields) == [["1", "2"], ["3", "4"]])
        #expect(read.rows.map(\.line) == [4, 7])
        #expect(read.complete && read.problems.isEmpty)
    }

    @Test func aFileWithNoHeadingRowIsTheReadersFatalProblem() {
        let read = rows("\n\n")
        #expect(read.heading == nil)
        #expect(read.problems == [DataProblem(.fatal, file: "t.csv", message: "no heading row")])
    }

    @Test func aRowOfAnotherWidthIsLeftOutWithItsLine() {
        let read = rows("A,B\n1,2,3\n4,5\n6\n", width: 2)
        #expect(read.rows.map(\.fields) == [["4", "5"]])
        #expect(read.problems.map(\.line) == [2, 4])
        #expect(read.problems.map(\.message) == ["row has 3 fields but the heading row has 2; row left out",
                                                  "row has 1 fields but the heading row has 2; row left out"])
        #expect(read.problems.allSatisfy { $0.severity == .error && $0.field == nil && $0.file == "t.csv" })
        #expect(rows("A,B\n1,2,3\n").rows.count == 1, "without a width every row is handed on")
    }

    @Test func aFileTheTokenizerGivesUpOnIsOneFatalProblemAndIncomplete() {
        let read = rows("A,B\n1,2\n\"never closed,3\n")
        #expect(!read.complete)
        #expect(read.rows.map(\.fields) == [["1", "2"]])
        #expect(read.problems == [DataProblem(.fatal, file: "t.csv", message: CSVError.unterminatedQuote(line: 3).description)])
    }

    @Test func aFileThatCannotBeOpenedIsOneFatalProblemAndHasNoHeading() {
        let url = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/x.csv")
        var table = CSVTable(url: url, fileName: "x.csv")
        #expect(table.heading(ifNone: "no heading row") == nil)
        #expect(!table.isReadable && !table.forEachRow { _, _ in Issue.record("no rows") })
        let problems = table.log.finished()
        #expect(problems.count == 1 && problems.first?.severity == .fatal && problems.first?.message.hasPrefix("could not be read") == true)
    }

    @Test func rowsMayAddTheirOwnProblems() {
        var table = CSVTable(bytes: Array("A\nx\n".utf8), fileName: "t.csv")
        _ = table.heading(ifNone: "none")
        table.forEachRow { r, log in log.add(.warning, line: r.line, field: "A", "odd") }
        #expect(table.log.finished() == [DataProblem(.warning, file: "t.csv", line: 2, field: "A", message: "odd")])
    }
}
