import Testing
@testable import HearthReports

@Suite struct PackTextTests {
    @Test func blankLinesSplitParagraphsWhateverTheLineEnds() {
        #expect(PackText.paragraphs("One\r\ntwo\r\n\r\n  Three  \n \n\nFour") == ["One\ntwo", "Three", "Four"])
        #expect(PackText.paragraphs("   \n\n") == [])
    }
}
