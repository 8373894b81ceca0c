import Testing
import HearthCore
@testable import HearthData

@Suite struct SSDA903XMLReaderTests {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d) ?? Day(ordinal: 0) }

    @Test func readsTheExpandedLayoutAndInfersTheYear() throws {
        // Given
        let xml = """
        <?xml version='1.0' encoding='us-ascii'?>
        <EXPSSDA903><CHILD><HEADER><CHILDID>101</CHILDID><UPN>A1</UPN><SEX>1</SEX><DOB>02/03/2013</DOB><ETHNIC>BOTH</ETHNIC>
        <UASC>1</UASC><DUC>02/03/2031</DUC>
        <AREVIEW><REVIEW>28/01/2025</REVIEW><REVIEW_CODE>PN3</REVIEW_CODE></AREVIEW>
        <AMISSING><MISSING>M</MISSING><MIS_START>01/05/2024</MIS_START><MIS_END>02/05/2024</MIS_END></AMISSING>
        <MOTHER /><MC_DOB />
        <OC2><SDQ_SCORE>18</SDQ_SCORE><CONVICTED>0</CONVICTED><HEALTH_CHECK>1</HEALTH_CHECK></OC2></HEADER>
        <EPISODE><DECOM>11/11/2024</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U4</PL><PLACE_PROVIDER>PR1</PLACE_PROVIDER><DEC /><REC /></EPISODE>
        <EPISODE><DECOM>01/01/2023</DECOM><RNE>S</RNE><LS>V2</LS><CIN>N4</CIN><PL>U6</PL><DEC>05/02/2023</DEC><REC>E13</REC></EPISODE>
        </CHILD></EXPSSDA903>
        """
        // When
        let result = SSDA903XMLReader.read(bytes: Array(xml.utf8), fileName: "903.xml")
        // Then
        let r = try #require(result.ssda903, "\(result.problems)")
        #expect(result.layout == .expanded)
        #expect(r.collectionYear == 2025)
        #expect(r.header == [LookedAfterChild(childID: "101", sex: "1", birthDate: Self.day(2013, 3, 2), ethnicity: "BOTH", upn: "A1")])
        #expect(r.episodes.count == 2)
        #expect(r.episodes.first?.placement == "U4")
        #expect(r.episodes.first?.endDate == nil)
        #expect(r.reviews == [CareReview(childID: "101", birthDate: Self.day(2013, 3, 2), reviewDate: Self.day(2025, 1, 28), participation: "PN3")])
        #expect(r.uasc.first?.dateCeasedUASC == Self.day(2031, 3, 2))
        #expect(r.missing.first?.kind == "M")
        #expect(r.healthOutcomes.first?.sdqScore == 18)
        #expect(result.problems.map(\.field) == ["Year"], "only the note that the year was inferred")
    }

    @Test func readsTheMessageLayoutWithItsHeaderYear() throws {
        // Given
        let xml = """
        <Message><Header><CollectionDetails><Year>2024</Year></CollectionDetails></Header>
        <Children><Child><CHILD>7</CHILD><SEX>2</SEX><DOB>2010-01-01</DOB>
          <Episode><DECOM>01/06/2023</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PLACE>K2</PLACE></Episode>
          <Review><REVIEW>01/09/2023</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></Review>
          <SWEpisode><SW_ID>SW1</SW_ID><SW_DECOM>01/06/2023</SW_DECOM><SW_REASON>MANAGE</SW_REASON></SWEpisode>
        </Child></Children></Message>
        """
        // When
        let result = SSDA903XMLReader.read(bytes: Array(xml.utf8), fileName: "903.xml")
        // Then
        let r = try #require(result.ssda903, "\(result.problems)")
        #expect(result.layout == .message)
        #expect(r.collectionYear == 2024)
        #expect(r.episodes.first?.placement == "K2")
        #expect(r.reviews.first?.birthDate == Self.day(2010, 1, 1))
        #expect(r.socialWorkerEpisodes.first?.socialWorkerID == "SW1")
        #expect(result.problems.isEmpty, "\(result.problems)")
    }

    @Test func reportsBadValuesWithLineElementAndField() throws {
        // Given
        let xml = "<EXPSSDA903>\n<CHILD><HEADER><CHILDID>1</CHILDID><SEX>3</SEX></HEADER>\n<EPISODE><DECOM>31/02/2024</DECOM><LS>ZZ</LS></EPISODE></CHILD>\n<CHILD><HEADER><SEX>1</SEX></HEADER></CHILD></EXPSSDA903>"
        // When
        let result = SSDA903XMLReader.read(bytes: Array(xml.utf8), fileName: "903.xml")
        // Then
        let decom = try #require(result.problems.first { $0.field == "DECOM" })
        #expect(decom.severity == .error)
        #expect(decom.line == 3)
        #expect(decom.element == "EXPSSDA903/CHILD[1]/EPISODE[1]")
        #expect(result.problems.contains { $0.field == "SEX" && $0.severity == .warning })
        #expect(result.problems.contains { $0.field == "LS" && $0.message.contains("ZZ") })
        #expect(result.problems.contains { $0.field == "CHILD" && $0.element == "EXPSSDA903/CHILD[2]" })
        #expect(result.children == 2)
    }

    @Test func rejectsTruncatedAndForeignFiles() {
        let truncated = SSDA903XMLReader.read(bytes: Array("<EXPSSDA903><CHILD><HEADER>".utf8), fileName: "t.xml")
        #expect(truncated.ssda903 == nil)
        #expect(truncated.problems.first?.severity == .fatal)
        let foreign = SSDA903XMLReader.read(bytes: Array("<catalog/>".utf8), fileName: "c.xml")
        #expect(foreign.ssda903 == nil)
        #expect(foreign.problems.first?.message.contains("<catalog>") == true)
    }

    @Test func recognisesSSDA903XMLFromItsFirstBytes() {
        #expect(SSDA903XMLReader.looksLikeSSDA903XML(prefix: Array("<?xml version='1.0'?><EXPSSDA903><CHILD>".utf8)))
        #expect(SSDA903XMLReader.looksLikeSSDA903XML(prefix: Array("<Message><Children><Child><CHILD>1</CHILD>".utf8)))
        #expect(!SSDA903XMLReader.looksLikeSSDA903XML(prefix: Array("<Message><Children><Child><ChildIdentifiers>".utf8)))
    }
}
