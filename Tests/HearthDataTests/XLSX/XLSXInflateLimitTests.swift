import Foundation
import Testing
@testable import HearthData

/// The inflate limits count the bytes that actually come out of the zip: a workbook that
/// declares a few bytes and inflates to gigabytes (a zip bomb) once took 3 GB of memory.
@Suite struct XLSXInflateLimitTests {
    let small = XLSXReader.Limits(partBytes: 1 << 20, totalBytes: 3 << 19)

    /// A sheet of `bytes` bytes: one row, then a long comment of repeated bytes that deflates
    /// to almost nothing.
    func sheetXML(padding bytes: Int) -> String {
        #"<row r="1"><c r="A1"><v>1</v></c></row>"# + "<!--" + String(repeating: "A", count: bytes) + "-->"
    }

    @Test func aPartThatInflatesPastTheLimitWhileDeclaringTinySizesIsRefused() throws {
        // Given a 16 MB sheet whose zip headers say it is 100 bytes
        let honest = try XLSXFixture.workbook(sheetXML: sheetXML(padding: 16 << 20))
        let lying = XLSXFixture.declaring(size: 100, forPart: "xl/worksheets/data.xml", in: honest)
        #expect(lying.count < 200_000)

        // When / Then
        let reader = try XLSXReader(data: lying, limits: small)
        #expect(throws: XLSXError.partTooLarge(part: "xl/worksheets/data.xml", limit: 1 << 20)) {
            try reader.rows(inSheet: "Data")
        }
    }

    @Test func partsThatTogetherPassTheTotalLimitAreRefused() throws {
        // Given shared strings and a sheet each under the 1 MB part limit, 1.6 MB together
        let bigString = String(repeating: "B", count: 800_000)
        let data = try XLSXFixture.workbook(sheetXML: sheetXML(padding: 800_000), sharedStrings: [bigString])

        // When / Then
        let reader = try XLSXReader(data: data, limits: small)
        #expect(throws: XLSXError.workbookTooLarge(limit: 3 << 19)) { try reader.rows(inSheet: "Data") }
    }

    @Test func aPartThatDeclaresAWrongSizeButFitsIsStillRead() throws {
        // Given an honest-sized sheet whose headers under-declare it
        let data = XLSXFixture.declaring(size: 10, forPart: "xl/worksheets/data.xml",
                                         in: try XLSXFixture.workbook(sheetXML: sheetXML(padding: 1000)))

        // When
        let rows = try XLSXReader(data: data, limits: small).rows(inSheet: "Data")

        // Then the declared size played no part in reading it
        #expect(rows.first?.cells == [.number(1)])
    }

    @Test func theTooLargeMessageSaysWhatHappened() {
        let message = XLSXError.partTooLarge(part: "xl/worksheets/sheet1.xml", limit: 256 << 20).description
        #expect(message.contains("xl/worksheets/sheet1.xml"))
        #expect(message.contains("256 MB"))
        #expect(message.contains("too large"))
    }
}
