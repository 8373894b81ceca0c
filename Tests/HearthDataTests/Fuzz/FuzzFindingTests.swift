import Foundation
import HearthCore
import Testing
@testable import HearthData

/// Inputs the fuzzers found that crashed or hung a reader, each read again the way it failed. The
/// files live in the corpus (so the corpus suites and CI's broken-folder step read them too).
@Suite struct FuzzFindingTests {
    func corpus(_ path: String) throws -> Data {
        let root = try #require(Bundle.module.url(forResource: "Corpus", withExtension: nil))
        return try Data(contentsOf: root.appendingPathComponent(path))
    }

    @Test func aZipWhoseDirectoryPointsPastItsEndIsRefusedWhenUploaded() throws {
        // Given a mutated workbook whose central directory sends the reader past the end of
        // the bytes: ZIPFoundation's in-memory archive trapped on it, so an upload crashed
        let data = try corpus("annexa/zip-directory-past-end.xlsx")

        // When read from memory, as an upload is
        let result = AnnexAWorkbookReader.read(data: data, fileName: "upload.xlsx")

        // Then
        #expect(result.hasFatal)
        #expect(result.records.isEmpty)
    }

    /// Found by libFuzzer and by hearth-fuzz's watchdog.
    @Test(.timeLimit(.minutes(1)), arguments: ["deflate-stream-never-ends.xlsx", "deflate-stream-never-ends-harness.xlsx"])
    func aDeflateStreamThatNeverEndsIsRefusedNotSpunOnForEver(_ file: String) throws {
        // Given a mutated workbook with a deflate stream that runs to the end of the file
        // without a final block: ZIPFoundation's inflate loop asked for more input for ever
        let data = try corpus("annexa/" + file)

        // When read from memory, as an upload is
        let uploaded = AnnexAWorkbookReader.read(data: data, fileName: "upload.xlsx")

        // Then it ends, in an error saying a part could not be decompressed
        #expect(uploaded.hasFatal)
        #expect(uploaded.problems.contains { $0.message.contains("could not be decompressed") }, "\(uploaded.problems)")
        #expect(throws: XLSXError.self) {
            let reader = try XLSXReader(data: data)
            for sheet in reader.sheetNames { _ = try reader.rows(inSheet: sheet) }
        }
    }

    @Test func aPartWhoseChecksumDoesNotMatchIsReportedAsDamaged() throws {
        // Given a workbook whose sheet's stored checksum is wrong (one byte of it flipped)
        var bytes = [UInt8](try XLSXWriter.data([XLSXSheet(name: "A", rows: [[.text("x")]])]))
        let central = try #require(XLSXFixture.headers(forPart: "xl/worksheets/sheet1.xml", in: bytes).first { $0.isCentral })
        bytes[central.offset + 16] ^= 0xFF

        // When / Then
        let reader = try XLSXReader(data: Data(bytes))
        #expect(throws: XLSXError.unreadablePart(part: "xl/worksheets/sheet1.xml",
                                                 message: "its checksum does not match: the file is damaged")) {
            try reader.rows(inSheet: "A")
        }
    }
}
