import Testing
@testable import HearthCore

/// The `String` overloads must parse exactly as the generic `StringProtocol` ones do.
@Suite struct DayFastParsingTests {
    static let samples = [
        "01/04/2024", "1/4/2024", "31/02/2024", "29/02/2024", "29/02/2023", "00/01/2024", "01/13/2024",
        "001/01/2024", "01/01/24", "01/01/20245", "01-01-2024", "01/01/2024/", "/01/2024", "a1/01/2024",
        " 01/01/2024", "01/01/0000", "31/12/9999", "2024-03-31", "2024-03-31T10:00:00", "2024-03-31 10:00",
        "2024-02-30", "2024-3-31", "20240331", "", "/", "//", "zz/05/2019", "31/04/2024", "29/02/1900",
        "29/02/2000", "31/12/2099", "01/01/2100", "31/12/1899", "1900-01-01", "2099-12-31", "2100-01-01", "1899-12-31",
    ]

    @Test(arguments: samples) func parsesAStringAsTheGenericParserDoes(_ text: String) {
        // Given the same text as a String and as a Substring (which takes the generic path)
        let generic = text[...]
        // Then every form gives the same answer
        #expect(Day(uk: text) == Day(uk: generic))
        #expect(Day(iso: text) == Day(iso: generic))
        #expect(Day(flexible: text) == Day(flexible: generic))
    }
}
