import HearthReports
import Testing

@Suite struct DocxTextTests {
    @Test func headingsUseWordsHeadingStylesAndClampTheirLevel() throws {
        // Given
        let document = DocxFixture.body(
            .heading("Zero", level: 0), .heading("One", level: 1), .heading("Two", level: 2),
            .heading("Three", level: 3), .heading("Four", level: 4)
        )

        // When
        let probe = DocxBodyProbe(xml: try DocxFixture.documentXML(document))

        // Then
        #expect(probe.paragraphs.map(\.style) == ["Heading1", "Heading1", "Heading2", "Heading3", "Heading3"])
        #expect(probe.texts == ["Zero", "One", "Two", "Three", "Four"])
    }

    @Test func markupCharactersAreEscaped() throws {
        // Given
        let document = DocxFixture.body(.paragraph([.plain(#"Tom & Jerry <b> "quoted" 'single'"#)]))

        // When
        let xml = try DocxFixture.documentXML(document)

        // Then
        #expect(xml.contains("Tom &amp; Jerry &lt;b&gt; &quot;quoted&quot; &#39;single&#39;"))
        #expect(DocxBodyProbe(xml: xml).texts == [#"Tom & Jerry <b> "quoted" 'single'"#])
    }

    @Test func controlCharactersXMLCannotHoldAreDropped() throws {
        // Given text pasted with a NUL, a vertical tab, an escape and a C1 control
        let document = DocxFixture.body(.paragraph([.plain("a\u{0}b\u{B}c\u{1B}d\u{85}e")]))

        // When
        let probe = DocxBodyProbe(xml: try DocxFixture.documentXML(document))

        // Then
        #expect(probe.wellFormed)
        #expect(probe.texts == ["abcde"])
    }

    @Test func newlinesBecomeLineBreaksAndTabsBecomeTabs() throws {
        // Given
        let document = DocxFixture.body(.paragraph([.plain("Line one\nLine two\r\nLine three\tend")]))

        // When
        let xml = try DocxFixture.documentXML(document)

        // Then
        #expect(xml.contains(#"Line one</w:t><w:br/><w:t xml:space="preserve">Line two</w:t><w:br/>"#))
        #expect(DocxBodyProbe(xml: xml).texts == ["Line one\nLine two\nLine three\tend"])
    }

    @Test func spacesAtTheEndsOfARunAreKept() throws {
        // Given
        let document = DocxFixture.body(.paragraph([.plain("Before "), DocxRun("bold", bold: true), .plain(" after")]))

        // When
        let xml = try DocxFixture.documentXML(document)

        // Then
        #expect(xml.contains(#"<w:t xml:space="preserve">Before </w:t>"#))
        #expect(xml.contains(#"<w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">bold</w:t>"#))
        #expect(DocxBodyProbe(xml: xml).texts == ["Before bold after"])
    }

    @Test func bulletsNotesAndEmptyParagraphsHaveTheirStyles() throws {
        // Given
        let document = DocxFixture.body(.bullets(["First", "Second"]), .note("c = suppressed"), .paragraph([]))

        // When
        let probe = DocxBodyProbe(xml: try DocxFixture.documentXML(document))

        // Then
        #expect(probe.paragraphs.map(\.style) == ["ListBullet", "ListBullet", "Note", nil])
        #expect(probe.texts == ["First", "Second", "c = suppressed", ""])
    }
}
