import Foundation
import Testing
@testable import HearthData

@Suite struct CSVReaderTests {
    private func records(_ text: String) throws -> [CSVRecord] {
        var reader = CSVReader(text: text)
        return try reader.readAll()
    }

    @Test func keepsLineBreaksInsideQuotesAndCountsThemForLaterLines() throws {
        // Given a field holding a line break
        let text = "A,B\n\"one\ntwo\",x\nlast,y\n"
        // When it is read
        let r = try records(text)
        // Then the break is data, and the next record starts on line 4
        #expect(r.map(\.fields) == [["A", "B"], ["one\ntwo", "x"], ["last", "y"]])
        #expect(r.map(\.line) == [1, 2, 4])
    }

    @Test func readsDoubledQuotesAsOneQuote() throws {
        // Given Excel's quoting of a quote and a comma
        let text = "\"He said \"\"no\"\"\",\"a, b\"\n"
        // When / Then
        #expect(try records(text).map(\.fields) == [["He said \"no\"", "a, b"]])
    }

    @Test func acceptsCarriageReturnOnlyLineEnds() throws {
        // Given an old Mac export, with a quoted line break
        let text = "A,B\r\"x\ry\",2\rC,3"
        // When it is read
        let r = try records(text)
        // Then records split at each CR and the quoted CR still advances the line count
        #expect(r.map(\.fields) == [["A", "B"], ["x\ry", "2"], ["C", "3"]])
        #expect(r.map(\.line) == [1, 2, 4])
    }

    @Test func treatsCRLFAsOneLineEnd() throws {
        let r = try records("A,B\r\n1,2\r\n\r\n3,4\r\n")
        #expect(r.map(\.fields) == [["A", "B"], ["1", "2"], [""], ["3", "4"]])
        #expect(r.map(\.line) == [1, 2, 3, 4])
        #expect(r[2].isBlank)
    }

    @Test func skipsAByteOrderMark() throws {
        // Given a UTF-8 BOM before the heading
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("CHILD,SEX\n1,2\n".utf8)
        // When it is read
        var reader = CSVReader(bytes: bytes)
        let r = try reader.readAll()
        // Then the first heading is clean
        #expect(r.first?.fields.first == "CHILD")
    }

    @Test func readsTheLastRecordWithoutAFinalNewline() throws {
        #expect(try records("A,B\n1,2").map(\.fields) == [["A", "B"], ["1", "2"]])
        #expect(try records("A,\"B\"").map(\.fields) == [["A", "B"]])
        #expect(try records("A,").map(\.fields) == [["A", ""]])
    }

    @Test func trimsSpacesAroundValues() throws {
        #expect(try records(" C2 ,\t N1\n").map(\.fields) == [["C2", "N1"]])
    }

    @Test func keepsAQuoteInTheMiddleOfAnUnquotedField() throws {
        #expect(try records("O\"Brien,x\n").map(\.fields) == [["O\"Brien", "x"]])
    }

    @Test func rejectsARecordLongerThanTheLimit() throws {
        // Given a limit of 64 bytes and a record of 100
        var reader = CSVReader(bytes: Array(("A,B\n" + String(repeating: "x", count: 100) + "\n").utf8), recordLimit: 64)
        // When it is read
        _ = try reader.next()
        // Then the second record is refused, naming its line
        #expect(throws: CSVError.recordTooLong(line: 2, limit: 64)) { try reader.next() }
    }

    @Test func stopsAtTheLimitWhenAStrayQuoteRunsOnThroughAFile() throws {
        // Given a file whose second record opens a quote that never closes
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("csv-stray-\(UUID().uuidString).csv")
        try Data(("A,B\n\"" + String(repeating: "x,y\n", count: 2_000)).utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        // When it is read with a limit of 1,000 bytes a record
        var reader = try CSVReader(url: url, recordLimit: 1_000)
        _ = try reader.next()
        // Then the record is refused as too long rather than read to the end
        #expect(throws: CSVError.recordTooLong(line: 2, limit: 1_000)) { try reader.next() }
    }

    @Test func rejectsANulByteAsBinary() throws {
        var reader = CSVReader(bytes: Array("A,B\n1,".utf8) + [0, 0x41] + Array("\n".utf8))
        _ = try reader.next()
        #expect(throws: CSVError.binary(line: 2)) { try reader.next() }
    }

    @Test func reportsAQuoteThatNeverCloses() throws {
        var reader = CSVReader(text: "A,B\n\"open,2\n3,4\n")
        _ = try reader.next()
        #expect(throws: CSVError.unterminatedQuote(line: 2)) { try reader.next() }
    }

    @Test func readsAFileInChunksExactlyAsFromMemory() throws {
        // Given a file of several megabytes whose quoted fields, doubled quotes and CRLFs fall
        // across the reader's 1 MB chunk boundaries
        var text = "CHILD,NOTE,DATE\r\n"
        var i = 0
        while text.utf8.count < 3_200_000 {
            text += "C\(i),\"note \(i), with \"\"quotes\"\"\nand a break\",01/02/2024\r\n"
            text += "D\(i),plain \(i % 97),\r\n"
            i += 1
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("csv-chunks-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        // When it is read from disk and from memory
        var fromFile = try CSVReader(url: url)
        var fromMemory = CSVReader(text: text)
        let a = try fromFile.readAll()
        let b = try fromMemory.readAll()
        // Then both give the same records and lines
        #expect(a.count == b.count)
        #expect(a == b)
        #expect(a.last?.line == b.last?.line)
    }
}
