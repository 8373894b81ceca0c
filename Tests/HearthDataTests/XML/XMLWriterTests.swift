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
}
