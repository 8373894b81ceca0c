import Foundation
import HearthCore
import Testing
@testable import HearthData

/// Inputs the fuzzer found that crashed a reader, each read again the way it crashed. The
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

    @Test func inMemoryWorkbooksLeaveNoTemporaryFileBehind() throws {
        // Given the temporary folder before reading a workbook from memory
        let tmp = FileManager.default.temporaryDirectory
        func leftovers() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: tmp.path).filter { $0.hasPrefix("hearth-xlsx-") }
        }
        let before = try leftovers()

        // When
        let reader = try XLSXReader(data: XLSXWriter.data([XLSXSheet(name: "A", rows: [[.text("x")]])]))
        let rows = try reader.rows(inSheet: "A")

        // Then the file behind the archive was unlinked as soon as it was open
        #expect(rows.first?.cells == [.text("x")])
        #expect(try leftovers().filter { !before.contains($0) }.isEmpty)
    }
}
