import Foundation
import HearthReports
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct DocxPackageTests {
    @Test func theArchiveHoldsEveryPartAndEachIsWellFormedXML() throws {
        // Given
        let document = DocxFixture.boardPack

        // When
        let parts = try DocxFixture.parts(of: DocxWriter.data(document))

        // Then
        let expected: Set = [
            "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
            "word/styles.xml", "word/settings.xml", "word/numbering.xml", "word/footer1.xml",
            "docProps/core.xml", "docProps/app.xml",
        ]
        #expect(Set(parts.keys) == expected)
        for (path, xml) in parts {
            #expect(XMLParser(data: Data(xml.utf8)).parse(), "\(path) is not well-formed")
        }
    }

    @Test func everyPartTheContentTypesAndRelationshipsNameIsInTheArchive() throws {
        // Given
        let parts = try DocxFixture.parts(of: DocxWriter.data(DocxFixture.boardPack))

        // When
        let overridden = attributeValues("PartName", in: parts["[Content_Types].xml"] ?? "").map { String($0.dropFirst()) }
        let fromPackage = attributeValues("Target", in: parts["_rels/.rels"] ?? "")
        let fromDocument = attributeValues("Target", in: parts["word/_rels/document.xml.rels"] ?? "").map { "word/" + $0 }

        // Then
        #expect(!overridden.isEmpty && !fromDocument.isEmpty)
        for path in overridden + fromPackage + fromDocument {
            #expect(parts[path] != nil, "\(path) is named but missing")
        }
    }

    @Test func theTitleAndAuthorAreTheDocumentsProperties() throws {
        // Given
        let document = DocxDocument(title: "Scrutiny & challenge", author: "O'Brien", blocks: [])

        // When
        let core = try DocxFixture.parts(of: DocxWriter.data(document))["docProps/core.xml"] ?? ""

        // Then
        #expect(core.contains("<dc:title>Scrutiny &amp; challenge</dc:title>"))
        #expect(core.contains("<dc:creator>O&#39;Brien</dc:creator>"))
    }

    @Test func thePageIsA4PortraitWithTwoCentimetreMarginsAndAFooter() throws {
        // Given / When
        let xml = try DocxFixture.documentXML(DocxFixture.boardPack)

        // Then
        #expect(xml.contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#))
        #expect(xml.contains(#"w:top="1134" w:right="1134" w:bottom="1134" w:left="1134""#))
        #expect(xml.contains(#"<w:footerReference w:type="default""#))
    }

    @Test func theFooterHasItsTextThenPageXOfY() throws {
        // Given
        let document = DocxDocument(title: "Pack", footer: "Children's services", blocks: [])

        // When
        let footer = try DocxFixture.parts(of: DocxWriter.data(document))["word/footer1.xml"] ?? ""

        // Then
        let probe = DocxBodyProbe(xml: footer)
        #expect(probe.texts == ["Children's services\tPage 1 of 1"])
        #expect(footer.contains(" PAGE ") && footer.contains(" NUMPAGES "))
    }

    @Test func aDocumentWithNoBlocksStillHasAParagraph() throws {
        // Given
        let document = DocxDocument(title: "", blocks: [])

        // When
        let probe = DocxBodyProbe(xml: try DocxFixture.documentXML(document))

        // Then
        #expect(probe.wellFormed)
        #expect(probe.paragraphs.count == 1)
    }

    @Test func theTitleOpensTheBodyInTheTitleStyle() throws {
        // Given
        let document = DocxDocument(title: "Corporate parenting board", blocks: [.paragraph([.plain("Welcome")])])

        // When
        let probe = DocxBodyProbe(xml: try DocxFixture.documentXML(document))

        // Then
        #expect(probe.paragraphs.map(\.style) == ["Title", nil])
        #expect(probe.texts == ["Corporate parenting board", "Welcome"])
    }

    @Test func aPageBreakMakesTheNextHeadingStartAPage() throws {
        // Given
        let document = DocxFixture.body(.paragraph([.plain("One")]), .pageBreak, .heading("Two", level: 1), .pageBreak)

        // When
        let xml = try DocxFixture.documentXML(document)

        // Then
        let probe = DocxBodyProbe(xml: xml)
        #expect(probe.paragraphs.map(\.pageBreakBefore) == [false, true, false])
        #expect(xml.contains(#"<w:br w:type="page"/>"#), "a break with nothing after it is a break character")
    }

    @Test func sameDocumentGivesSameBytes() throws {
        // Given
        let document = DocxFixture.boardPack

        // When
        let first = try DocxWriter.data(document)
        let second = try DocxWriter.data(document)

        // Then
        #expect(first == second)
    }

    @Test func writeSavesTheSameBytesAsData() throws {
        // Given
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-docx-\(UUID().uuidString).docx")
        defer { try? FileManager.default.removeItem(at: url) }

        // When
        try DocxWriter.write(DocxFixture.boardPack, to: url)

        // Then
        #expect(try Data(contentsOf: url) == DocxWriter.data(DocxFixture.boardPack))
    }

    @Test func writingWhereNoFileCanBeMadeThrowsWriteFailed() {
        let url = URL(fileURLWithPath: "/nonexistent-hearth-folder/pack.docx")
        #expect(throws: DocxError.self) { try DocxWriter.write(DocxFixture.boardPack, to: url) }
    }

    private func attributeValues(_ name: String, in xml: String) -> [String] {
        xml.components(separatedBy: "\(name)=\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
    }
}
