import Foundation
import Testing
@testable import HearthData

@Suite struct ZipPackageTests {
    private let parts: [(path: String, bytes: [UInt8])] = [
        ("[Content_Types].xml", Array("<Types/>".utf8)),
        ("word/document.xml", Array(String(repeating: "<w:p>text</w:p>", count: 2000).utf8)),
        ("empty.xml", []),
    ]

    @Test(arguments: [true, false])
    func partsComeBackInOrderAsTheyWent(deflate: Bool) throws {
        // When the parts are packed and taken apart again
        let data = try ZipPackage.data(parts, deflate: deflate)
        let back = try XLSXParts.parts(of: data)

        // Then
        #expect(back.map(\.path) == parts.map(\.path))
        #expect(back.map(\.bytes) == parts.map(\.bytes))
    }

    @Test func theSamePartsGiveTheSameBytesAndDeflatingShrinksThem() throws {
        let deflated = try ZipPackage.data(parts)
        #expect(deflated == (try ZipPackage.data(parts)))
        #expect(deflated.count < (try ZipPackage.data(parts, deflate: false)).count)
    }

    @Test func writingReplacesTheFileAndAFolderThatIsNotThereFails() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("a.zip")
        try Data("old".utf8).write(to: url)
        let data = try ZipPackage.data(parts)
        try ZipPackage.write(data, to: url)
        #expect(try Data(contentsOf: url) == data)
        #expect(throws: ZipPackage.Failure.self) { try ZipPackage.write(data, to: folder.appendingPathComponent("no/such/a.zip")) }
    }
}
