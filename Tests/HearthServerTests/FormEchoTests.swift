import Testing
@testable import HearthServer

/// The page a refused form comes back on, written by hand in the markup Hearth's templates use.
@Suite struct FormEchoTests {
    static let page = """
    <html><head><title>Action – Hearth</title></head><body><main id="main" class="main">
    <form method="post" novalidate action="/other"><input name="title" type="text" value="untouched"></form>
    <form method="post" novalidate action="/programme/plan/actions/1%2E1">
    <input type="hidden" name="_csrf" value="page-token">
    <div class="form-group"><label for="t">Title</label><input class="input" id="t" name="title" type="text" value="old"></div>
    <div class="form-group"><textarea id="n" name="note">old note</textarea></div>
    <div class="form-group"><select id="s" name="status"><option value="a" selected>A</option><option value="b">B</option></select></div>
    <input type="checkbox" name="findings" value="F1" checked><input type="checkbox" name="findings" value="F2">
    <input type="password" name="password">
    <input name="owner" type="text">
    <button type="submit">Save</button>
    </form></main></body></html>
    """

    func echoed(_ problems: [FormInvalid.Problem]) -> String {
        FormEcho(action: "/programme/plan/actions/1.1",
                 values: [("_csrf", "posted-token"), ("title", "New <title> & more"), ("note", "typed\nnote"), ("status", "b"),
                          ("findings", "F2"), ("password", "secret-typed"), ("owner", "Head of service")],
                 problems: problems).apply(to: Self.page)
    }

    @Test func everyTypedValueIsBackInItsFieldAndNoOther() {
        let html = echoed([FormInvalid.Problem(field: "owner", message: "Enter the owner.")])
        #expect(html.contains(##"id="t" name="title" type="text" value="New &lt;title&gt; &amp; more">"##))
        #expect(html.contains(##"<textarea id="n" name="note">typed"##) && html.contains("note</textarea>"))
        #expect(html.contains(##"<option value="a">A</option><option value="b" selected>B</option>"##))
        #expect(html.contains(##"<input type="checkbox" name="findings" value="F1">"##))
        #expect(html.contains(##"<input type="checkbox" name="findings" value="F2" checked>"##))
        // The page's own token stays; a password is never written back; another form is left alone.
        #expect(html.contains(##"value="page-token""##) && !html.contains("posted-token"))
        #expect(!html.contains("secret-typed"))
        #expect(html.contains(##"action="/other"><input name="title" type="text" value="untouched">"##))
    }

    @Test func theSummaryLinksToTheFieldAndTheMessageSitsAtIt() {
        let html = echoed([FormInvalid.Problem(field: "title", message: "Enter the title."),
                           FormInvalid.Problem(field: nil, message: "Someone else changed this action.")])
        #expect(html.contains("<title>Error: Action – Hearth</title>"))
        #expect(html.contains(##"<li><a href="#t">Enter the title.</a></li>"##))
        // A problem of the whole form links to its first field.
        #expect(html.contains(##"<li><a href="#t">Someone else changed this action.</a></li>"##))
        #expect(html.contains(##"<div class="form-group form-group-error"><label for="t">Title</label><p class="error-message" id="t-error">"##))
        #expect(html.contains(##"aria-describedby="t-error" aria-invalid="true""##))
    }

    @Test func aFieldWithoutAnIDIsGivenOneToLinkTo() {
        let html = echoed([FormInvalid.Problem(field: "owner", message: "Enter the owner.")])
        #expect(html.contains(##"<li><a href="#field-owner">Enter the owner.</a></li>"##))
        #expect(html.contains(##"<input name="owner" type="text" value="Head of service" id="field-owner" aria-describedby="field-owner-error""##))
    }
}

/// Dates typed as GOV.UK asks: three boxes made the one field a handler reads.
@Suite struct DateFoldingTests {
    func folded(_ d: String, _ m: String, _ y: String) -> String? {
        FormBody.foldingDates([("_csrf", "t"), ("due-day", d), ("due-month", m), ("due-year", y), ("owner", "x")])
            .first { $0.name == "due" }?.value
    }

    @Test func aRealDateBecomesISO() {
        #expect(folded("30", "6", "2027") == "2027-06-30")
        #expect(folded(" 1", "02 ", "2028") == "2028-02-01")
    }

    @Test func threeEmptyBoxesAreNoDateAndAnImpossibleOneIsRefusedByName() throws {
        #expect(folded("", "", "") == "")
        // 31 June and a two-digit year are kept as typed, which FormValues.day refuses for the field.
        #expect(folded("31", "6", "2027") == "31/6/2027")
        #expect(folded("1", "6", "27") == "1/6/27")
        #expect(throws: FormInvalid("The due date must be a real date, like 31/03/2026.", field: "due")) {
            try FormValues.day(folded("31", "6", "2027"), "due date", field: "due")
        }
    }

    @Test func otherFieldsPassThroughInOrder() {
        let out = FormBody.foldingDates([("_csrf", "t"), ("due-day", "1"), ("due-month", "1"), ("due-year", "2027"), ("owner", "x")])
        #expect(out.map(\.name) == ["_csrf", "due", "owner"])
    }
}
