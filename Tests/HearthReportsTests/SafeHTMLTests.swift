import Testing
@testable import HearthReports

@Suite struct SafeHTMLTests {
    @Test func plainTextBecomesParagraphsAndLists() {
        let html = SafeHTML.render("The board noted the report.\nCaseloads < 20 in two teams.\n\n- Recruit\n- Retain")
        #expect(html == "<p>The board noted the report.<br>Caseloads &lt; 20 in two teams.</p><ul><li>Recruit</li><li>Retain</li></ul>")
    }

    @Test func aListNeedsNoBlankLineBeforeIt() {
        // The help text: lines starting with "- " make a list, straight after a paragraph's line too.
        let html = SafeHTML.render("The board agreed:\n- Recruit\n- Retain\nReview in March.")
        #expect(html == "<p>The board agreed:</p><ul><li>Recruit</li><li>Retain</li></ul><p>Review in March.</p>")
    }

    @Test func typedParagraphsAndListsSurviveBesidePastedFormatting() {
        // A pasted paragraph from Word, then lines typed in the box as the help text says.
        let html = SafeHTML.render("<p><b>Item 3</b> noted</p>\nActions agreed:\n- Recruit\n- Retain\n\nNext meeting in March.")
        #expect(html == "<p><b>Item 3</b> noted</p><p>Actions agreed:</p><ul><li>Recruit</li><li>Retain</li></ul><p>Next meeting in March.</p>")
    }

    @Test func pastedFormattingSurvivesWithoutAttributes() {
        let html = SafeHTML.render(#"<p class="MsoNormal" style="color:red"><b>Agreed</b> by <em>all</em></p>"#)
        #expect(html == "<p><b>Agreed</b> by <em>all</em></p>")
    }

    @Test func scriptsHandlersAndLinksAreRemoved() {
        let html = SafeHTML.render(#"<p>Hi</p><script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:x">link</a><iframe src=//evil></iframe>"#)
        #expect(html == "<p>Hi</p>alert(1)link")
        #expect(!html.contains("<script") && !html.contains("onerror") && !html.contains("href"))
    }

    @Test func unbalancedTagsAreClosedAndStrayClosersDropped() {
        #expect(SafeHTML.render("<ul><li>One<li>Two</ul></p>") == "<ul><li>One<li>Two</li></li></ul>")
        #expect(SafeHTML.render("<p><strong>Bold") == "<p><strong>Bold</strong></p>")
    }

    @Test func quotesAndAmpersandsAreEscaped() {
        #expect(SafeHTML.render(#"<p>"Tom" & 'Jerry'</p>"#) == "<p>&quot;Tom&quot; &amp; &#39;Jerry&#39;</p>")
    }

    @Test func controlCharactersAreDroppedAsInEveryOtherOutput() {
        #expect(SafeHTML.render("Agreed\u{1}\u{7F} by\u{85} all") == "<p>Agreed by all</p>")
        #expect(SafeHTML.render("<p>Agreed\u{B} by all</p>") == "<p>Agreed by all</p>")
    }
}
