import Testing
import HearthCore
@testable import HearthData

@Suite struct XMLWriterTests {
    @Test func writesIndentedEscapedElementsAndSkipsAbsentValues() throws {
        // Given
        var w = XMLWriter()
        // When
        w.open("A")
        w.leaf("T", "a < b & c > d")
        w.leaf("N", nil as String?)
        w.leaf("D", Day(year: 2024, month: 2, day: 9))
        w.leaf("B", true)
        w.leaf("I", 7)
        w.close("A")
        let text = String(decoding: try w.finish() ?? [], as: UTF8.self)
        // Then
        #expect(text == """
        <?xml version="1.0" encoding="UTF-8"?>
        <A>
          <T>a &lt; b &amp; c &gt; d</T>
          <D>2024-02-09</D>
          <B>true</B>
          <I>7</I>
        </A>

        """)
    }

    @Test func escapesByTheSharedRulesAndCopiesOrdinaryTextAsItIs() throws {
        // Given ordinary text, and text with quotes, a carriage return and characters XML 1.0 cannot hold
        var w = XMLWriter()
        w.leaf("A", "LA 876, child 12-34 café")
        w.leaf("B", "O'Neil \"x\"\r\u{1}\u{B}\u{85}\u{FFFE}end")
        let text = String(decoding: try w.finish() ?? [], as: UTF8.self)
        // Then the ordinary text is as it was, the quotes are escaped and the forbidden characters are gone
        #expect(text.contains("<A>LA 876, child 12-34 café</A>"))
        #expect(text.contains("<B>O&#39;Neil &quot;x&quot;\rend</B>"))
    }
}
