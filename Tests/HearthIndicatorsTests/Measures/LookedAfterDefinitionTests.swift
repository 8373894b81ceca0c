import Testing
import HearthCore
@testable import HearthIndicators

/// The children-looked-after measures against DfE's definitions (LAIT data dictionary), one rule
/// a test, on SSDA903 tables written by hand. The year is 2024-25: 1 April 2024 to 31 March 2025.
@Suite struct LookedAfterDefinitionTests {
    /// Episodes in a column order of their own (DfE's tools match columns by name).
    static let episodesHeading = "CHILD,DECOM,DEC,RNE,REC,LS,PLACE,PLACE_PROVIDER,CIN,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN"
    static func episode(_ child: String, _ start: String, _ end: String, _ rne: String, _ rec: String,
                        _ ls: String, _ place: String) -> String {
        "\(child),\(start),\(end),\(rne),\(rec),\(ls),\(place),PR1,N1,,,,"
    }
    static let headerHeading = "CHILD,DOB,SEX,ETHNIC,UPN,MOTHER,MC_DOB"
    static func header(_ child: String, born: String) -> String { "\(child),\(born),M,WBRI,,," }

    @Test func theRNECodeListHasDfEsMeanings() {
        // DfE's SSDA903 guidance, as the issue quotes it.
        let list = SSDA903Codes.reasonForNewEpisode
        #expect(list.label("S") == "Started to be looked after")
        #expect(list.label("L") == "Change of legal status only")
        #expect(list.label("P") == "Change of placement and carer(s) only")
        #expect(list.label("T") == "Change of placement but same carer(s) only")
        #expect(list.label("U") == "Change of legal status and change of placement but same carer(s)")
        #expect(list.label("B") == "Change of legal status and placement and carer(s) at the same time")
    }

    /// LAIT 372: placements of 24 hours or more in the year, counting the ones open on 1 April
    /// and on 31 March; P, B, T and U start a placement; A3/A5 with the current foster carer
    /// is not a change.
    @Test func threeOrMorePlacementsCountsAsDfEDoes() throws {
        let returns = HandWritten903(files: [("episodes.csv", [
            Self.episodesHeading,
            // A: U6 open on 1 April (1); T on 1 Jun (2); U on 1 Sep (3) → 3, in the numerator.
            //    (Before the fix U was not counted: 2.)
            Self.episode("A", "01/01/2024", "01/06/2024", "S", "X1", "V2", "U6"),
            Self.episode("A", "01/06/2024", "01/09/2024", "T", "X1", "V2", "U4"),
            Self.episode("A", "01/09/2024", "", "U", "", "C2", "U4"),
            // B: U4 open on 1 April (1); placed for adoption with the same carer, coded T, on
            //    1 Jul (not a change); P to K2 on 1 Oct (2) → 2, not in the numerator.
            Self.episode("B", "01/06/2022", "01/07/2024", "S", "X1", "C2", "U4"),
            Self.episode("B", "01/07/2024", "01/10/2024", "T", "X1", "E1", "A5"),
            Self.episode("B", "01/10/2024", "", "P", "", "E1", "K2"),
            // C: a period of care that began and ended on 5 May (under 24 hours: not counted);
            //    S on 1 Aug (1); P on 1 Nov (2) → 2, not in the numerator.
            Self.episode("C", "05/05/2024", "05/05/2024", "S", "E13", "V2", "U6"),
            Self.episode("C", "01/08/2024", "01/11/2024", "S", "X1", "V2", "U6"),
            Self.episode("C", "01/11/2024", "", "P", "", "V2", "K2"),
            // D: S on 1 May (1); P on 1 Jun (2); B on 1 Jul (3); L on 1 Aug (the same
            //    placement) → 3, in the numerator.
            Self.episode("D", "01/05/2024", "01/06/2024", "S", "X1", "V2", "U6"),
            Self.episode("D", "01/06/2024", "01/07/2024", "P", "X1", "V2", "U4"),
            Self.episode("D", "01/07/2024", "01/08/2024", "B", "X1", "C1", "R1"),
            Self.episode("D", "01/08/2024", "", "L", "", "C2", "R1"),
            // E: U4 open on 1 April (1); P to K2 on 10 Oct ended that day (under 24 hours: not
            //    counted); P to U6 on 10 Oct (2) → 2, not in the numerator. The rows come in
            //    an order of their own: the open one first.
            Self.episode("E", "10/10/2024", "", "P", "", "C2", "U6"),
            Self.episode("E", "01/02/2022", "10/10/2024", "S", "X1", "C2", "U4"),
            Self.episode("E", "10/10/2024", "10/10/2024", "P", "X1", "C2", "K2"),
        ])])
        let r = try returns.result("cla_3plus_placements")
        // All five are looked after on 31 March; A and D had 3 placements: 2 ÷ 5 = 40%.
        #expect(r.numerator == 2)
        #expect(r.denominator == 5)
        #expect(r.value == 40)
        #expect(try returns.members("cla_3plus_placements").numerator == ["A", "D"])
    }

    /// LAIT 393: under 16s in care 2.5 years at 31 March, in the same placement 2 years (the
    /// same carers: T and U alike), or placed for adoption (A3–A6) with the adoptive placement
    /// and the one before lasting 2 years together. Cut-offs: in care since 30 Sep 2022 or
    /// before; placement since 31 Mar 2023 or before. Each year's file holds the episodes open
    /// in its year, as a real return does.
    static let stability = (
        header: ("header.csv", [headerHeading] + ["F", "G", "H", "I", "J"].map { header($0, born: "01/01/2015") }),
        lastYear: ("episodes_last.csv", [
            episodesHeading,
            // F: with the same carers since 1 Jan 2020; a T move on 1 Jan 2024 keeps them → stable.
            episode("F", "01/01/2020", "01/01/2024", "S", "X1", "C2", "U6"),
            episode("F", "01/01/2024", "", "T", "", "C2", "U4"),
            // G: the same, the move coded U (a new legal status too) → stable, as F.
            episode("G", "01/01/2020", "01/01/2024", "S", "X1", "C1", "U6"),
            episode("G", "01/01/2024", "", "U", "", "C2", "U4"),
            // H: in care since 2020 (that episode ended before last year), new carers on
            //    1 Jun 2022; placed for adoption with other carers (A4) on 1 Jun 2024 below:
            //    the adoptive and previous placements together since 1 Jun 2022 → stable.
            episode("H", "01/06/2022", "", "P", "", "C2", "U4"),
            // I: new carers (P) on 1 Jun 2023 → not stable.
            episode("I", "01/01/2020", "01/06/2023", "S", "X1", "C2", "U6"),
            episode("I", "01/06/2023", "", "P", "", "C2", "K2"),
            // J: in care since 1 Jun 2023, under 2.5 years → not in the denominator.
            episode("J", "01/06/2023", "", "S", "", "C2", "U6"),
        ]),
        thisYear: ("episodes.csv", [
            episodesHeading,
            episode("F", "01/01/2024", "", "T", "", "C2", "U4"),
            episode("G", "01/01/2024", "", "U", "", "C2", "U4"),
            episode("H", "01/06/2022", "01/06/2024", "P", "X1", "C2", "U4"),
            episode("H", "01/06/2024", "", "P", "", "E1", "A4"),
            episode("I", "01/06/2023", "", "P", "", "C2", "K2"),
            episode("J", "01/06/2023", "", "S", "", "C2", "U6"),
        ])
    )

    @Test func longTermStabilityReadsSameCarerMovesAndEveryAdoptionCode() throws {
        let s = Self.stability
        let returns = HandWritten903(files: [s.header, s.lastYear, s.thisYear])
        let m = try returns.members("cla_long_term_stability")
        // F, G, H stable of F, G, H, I: 3 ÷ 4 = 75%.
        #expect(m.denominator == ["F", "G", "H", "I"])
        #expect(m.numerator == ["F", "G", "H"])
        #expect(try returns.result("cla_long_term_stability").value == 75)
    }

    @Test func longTermStabilityFromOneYearAloneSaysNotEnoughHistory() throws {
        // This year's file alone cannot show that F and G have had their carers since 2020 (the
        // episode that began it ended last year): no value, and the reason.
        let s = Self.stability
        let r = try HandWritten903(files: [s.header, s.thisYear]).result("cla_long_term_stability")
        #expect(r.value == nil)
        #expect(r.note?.hasPrefix("not enough history") == true)
        // 3+ placements needs nothing earlier: computed from the same file.
        #expect(try HandWritten903(files: [s.header, s.thisYear]).result("cla_3plus_placements").value != nil)
    }

    /// An episode is its child, start and row: one that starts and ends on a day does not hide
    /// the open one that follows it from that day.
    @Test func anEpisodeEndingTheDayItBeganDoesNotHideTheNext() throws {
        let returns = HandWritten903(files: [("episodes.csv", [
            Self.episodesHeading,
            // K: the open episode first in the file, then the same-day one before it.
            Self.episode("K", "01/03/2025", "", "P", "", "C1", "U6"),
            Self.episode("K", "01/03/2025", "01/03/2025", "S", "X1", "L2", "U6"),
        ])])
        // K is looked after on 31 March: 1 child ÷ 10,000 × 10,000 = 1 per 10,000.
        let r = try returns.result("cla_rate")
        #expect(r.members.map(\.childID) == ["K"])
        #expect(r.numerator == 1)
    }

    /// This year's return is the only view of every episode open on or after 1 April: last
    /// year's open rows must not survive beside it.
    @Test func thisYearsReturnReplacesLastYearsViewOfAnEpisode() throws {
        let returns = HandWritten903(files: [
            ("episodes_2024.csv", [
                Self.episodesHeading,
                // M: last year, open since 1 Feb 2024.
                Self.episode("M", "01/02/2024", "", "S", "", "V2", "U6"),
                // N: last year, open since 1 Jan 2024.
                Self.episode("N", "01/01/2024", "", "S", "", "V2", "U6"),
                // O: open since 2023 in both years.
                Self.episode("O", "01/06/2023", "", "S", "", "C2", "U4"),
            ]),
            ("episodes_2025.csv", [
                Self.episodesHeading,
                // M: this year the start is corrected to 3 Feb, and M left care on 30 Jun.
                Self.episode("M", "03/02/2024", "30/06/2024", "S", "E13", "V2", "U6"),
                // N: this year's start date is unreadable, and N left care on 1 Oct.
                Self.episode("N", "31/02/2024", "01/10/2024", "S", "E13", "V2", "U6"),
                Self.episode("O", "01/06/2023", "", "S", "", "C2", "U4"),
            ]),
        ])
        let (dataset, problems) = returns.dataset()
        #expect(dataset.ssda903?.collectionYear == 2025)
        #expect(dataset.ssda903Previous?.collectionYear == 2024)
        // The unreadable date is reported where it is.
        #expect(problems.contains { $0.file == "episodes_2025.csv" && $0.line == 3 && $0.field == "DECOM" })
        // Only O is looked after on 31 March 2025; M and N left care this year.
        #expect(try returns.result("cla_rate").members.map(\.childID) == ["O"])
        // On 31 March 2024, M (from 3 Feb, this year's corrected start) and O were. N's only
        // view now is this year's row, whose start cannot be read (reported above): last year's
        // row is superseded, not kept as a second episode.
        #expect(Set(try returns.result("cla_rate", year: 2024).members.map(\.childID)) == ["M", "O"])
    }
}
