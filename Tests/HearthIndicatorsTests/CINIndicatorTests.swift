import Testing
import HearthCore
@testable import HearthIndicators

/// Hand-built CIN fixtures, each with its expected value worked out in the comments.
/// Period throughout: the reporting year 2024-25 (1 April 2024 – 31 March 2025).
@Suite struct CINIndicatorTests {
    let year = ReportingPeriod.financialYear(2025)

    func d(_ s: String) -> Day { Day(iso: s)! }

    func census(_ children: [CINChild]) -> Dataset {
        Dataset(cin: CINCensus(header: CINHeader(year: 2025, referenceDate: d("2025-03-31"), authorityCode: "876"),
                               children: children))
    }

    func child(_ id: String, _ episodes: [CINEpisode]) -> CINChild {
        CINChild(childID: id, birthDate: d("2015-01-01"), sex: "1", ethnicity: "WBRI", episodes: episodes)
    }

    func referral(_ date: String, nfa: Bool = false, assessments: [Assessment] = [], s47: [Section47] = [],
                  plans: [ProtectionPlan] = []) -> CINEpisode {
        CINEpisode(referralDate: d(date), referralSource: "1A", primaryNeed: "N1", referralNFA: nfa,
                   assessments: assessments, section47s: s47, protectionPlans: plans)
    }

    func engine(_ children: [CINChild], population: Int = 10_000) -> IndicatorEngine {
        IndicatorEngine(dataset: census(children), population: population)
    }

    // Referrals in the year: A 10 May, A 20 Nov; B 1 Jun 2024; C 2 Jun 2024; D 1 Apr ×2 (same
    // day); E 31 Mar 2025 (the year's last day) = 7. Earlier referrals: B 1 Jun 2023, C 1 Jun 2023.
    var referralFixture: [CINChild] {
        [
            child("A", [referral("2024-05-10"), referral("2024-11-20")]),
            child("B", [referral("2023-06-01"), referral("2024-06-01")]),
            child("C", [referral("2023-06-01"), referral("2024-06-02")]),
            child("D", [referral("2024-04-01", nfa: true), referral("2024-04-01")]),
            child("E", [referral("2025-03-31", nfa: true)]),
        ]
    }

    @Test func countsEveryReferralPer10000() throws {
        // 7 referrals ÷ 10,000 children × 10,000 = 7.0; B's and C's 2023 referrals are outside.
        let r = try engine(referralFixture).compute("referrals_rate", over: year)
        #expect(r.numerator == 7)
        #expect(r.value == 7.0)
    }

    @Test func reReferralsCountExactlyTwelveMonthsButNotTheSameDay() throws {
        // A's 20 Nov follows 10 May (194 days) → re-referral. B's 1 Jun 2024 is exactly 12 months
        // after 1 Jun 2023 → re-referral ("within" includes the boundary). C's 2 Jun 2024 is
        // 12 months and a day → not. D's two same-day referrals are not re-referrals of each other.
        // 2 ÷ 7 = 28.57%.
        let r = try engine(referralFixture).compute("rereferrals_12m", over: year)
        #expect(r.numerator == 2)
        #expect(r.denominator == 7)
        #expect(abs((r.value ?? 0) - 200.0 / 7.0) < 1e-9)
        let counted = r.membersByDate.filter(\.inNumerator).map(\.childID)
        #expect(counted == ["B", "A"])
    }

    @Test func noFurtherActionShare() throws {
        // D's first referral and E's: 2 ÷ 7.
        let r = try engine(referralFixture).compute("referrals_nfa", over: year)
        #expect(r.numerator == 2)
        #expect(r.denominator == 7)
    }

    @Test func assessmentTimelinessCountsWorkingDaysAcrossChristmas() throws {
        // Referral Mon 16 Dec 2024. 45 working days later (skipping 25, 26 Dec and 1 Jan) is
        // Thu 20 Feb 2025 → on time; Fri 21 Feb is 46 → late. A same-day authorisation is 0 → on
        // time. One authorised in March 2024 is outside the year. 2 of 3 = 66.67%.
        let children = [
            child("F", [referral("2024-12-16", assessments: [Assessment(startDate: d("2024-12-17"), authorisationDate: d("2025-02-20"))])]),
            child("G", [referral("2024-12-16", assessments: [Assessment(startDate: d("2024-12-17"), authorisationDate: d("2025-02-21"))])]),
            child("H", [referral("2024-05-10", assessments: [Assessment(startDate: d("2024-05-10"), authorisationDate: d("2024-05-10"))])]),
            child("I", [referral("2024-01-10", assessments: [Assessment(startDate: d("2024-01-10"), authorisationDate: d("2024-03-01"))])]),
        ]
        let r = try engine(children).compute("assessments_45wd", over: year)
        #expect(r.denominator == 3)
        #expect(r.numerator == 2)
        #expect(r.members.first { $0.childID == "G" }?.reason == "authorised 46 working days after referral on 16/12/2024")
    }

    @Test func icpcTimelinessAcrossTheNewYear() throws {
        // s47 start Fri 20 Dec 2024: 15 working days is Wed 15 Jan 2025 → on time; Thu 16 Jan
        // is 16 → late. An enquiry with no conference is not counted. 1 of 2 = 50%.
        let children = [
            child("J", [referral("2024-12-19", s47: [Section47(startDate: d("2024-12-20"), initialCPCTarget: nil, dateOfInitialCPC: d("2025-01-15"), icpcNotRequired: false)])]),
            child("K", [referral("2024-12-19", s47: [Section47(startDate: d("2024-12-20"), initialCPCTarget: nil, dateOfInitialCPC: d("2025-01-16"), icpcNotRequired: false)])]),
            child("L", [referral("2024-12-19", s47: [Section47(startDate: d("2024-12-20"), initialCPCTarget: nil, dateOfInitialCPC: nil, icpcNotRequired: true)])]),
        ]
        let r = try engine(children).compute("icpc_15wd", over: year)
        #expect(r.value == 50)
        let s47 = try engine(children).compute("s47_rate", over: year)
        #expect(s47.numerator == 3)
    }

    // Plans: M has a plan 2020-01-01 → 2022-03-01 and a new one from 2024-06-01 (open);
    // N's first plan starts 2024-09-01 and ends 2025-02-28 (180 days); O's plan runs
    // 2023-02-01 → 2025-02-10 (740 days, a leap day inside); P's plan starts 2025-04-01, after
    // the year; Q's plan starts 2024-10-01 with NumberOfPreviousCPP = 1 (a plan elsewhere).
    var planFixture: [CINChild] {
        [
            child("M", [referral("2019-12-01", plans: [ProtectionPlan(startDate: d("2020-01-01"), endDate: d("2022-03-01"), initialCategory: "NEG", latestCategory: "NEG", numberOfPreviousPlans: 0)]),
                        referral("2024-05-01", plans: [ProtectionPlan(startDate: d("2024-06-01"), endDate: nil, initialCategory: "NEG", latestCategory: "NEG", numberOfPreviousPlans: 1,
                                                                      reviewDates: [d("2024-08-30"), d("2025-02-20")])])]),
            child("N", [referral("2024-08-01", plans: [ProtectionPlan(startDate: d("2024-09-01"), endDate: d("2025-02-28"), initialCategory: "EMO", latestCategory: "EMO", numberOfPreviousPlans: 0)])]),
            child("O", [referral("2023-01-01", plans: [ProtectionPlan(startDate: d("2023-02-01"), endDate: d("2025-02-10"), initialCategory: "PHY", latestCategory: "PHY", numberOfPreviousPlans: 0)])]),
            child("P", [referral("2025-03-20", plans: [ProtectionPlan(startDate: d("2025-04-01"), endDate: nil, initialCategory: "NEG", latestCategory: "NEG", numberOfPreviousPlans: 0)])]),
            child("Q", [referral("2024-09-01", plans: [ProtectionPlan(startDate: d("2024-10-01"), endDate: nil, initialCategory: "SAB", latestCategory: "SAB", numberOfPreviousPlans: 1,
                                                                      reviewDates: [d("2025-01-15")])])]),
        ]
    }

    @Test func plansOpenAtTheYearEnd() throws {
        // Open at 31 March 2025: M (from 1 Jun 2024) and Q → 2 per 10,000 of 10,000 = 2.0.
        // N and O ended in the year; P starts after it.
        let r = try engine(planFixture).compute("cpp_rate", over: year)
        #expect(r.numerator == 2)
        #expect(r.value == 2)
    }

    @Test func secondOrSubsequentPlans() throws {
        // Starting in the year: M (earlier plan 2020 → second), N (first), Q (previous plan
        // recorded elsewhere → second) = 2 of 3. Within 2 years: M's earlier plan ended
        // 1 Mar 2022, more than 2 years before 1 Jun 2024 → not; Q's is not held → not: 0 of 3.
        let any = try engine(planFixture).compute("cpp_subsequent", over: year)
        #expect(any.numerator == 2)
        #expect(any.denominator == 3)
        // One census cannot see plans that ended before its year: the engine gives no value.
        let recent = try engine(planFixture).compute("cpp_subsequent_2y", over: year)
        #expect(recent.value == nil)
        #expect(recent.note?.hasPrefix("not enough history") == true)
        // The rule itself, on what the census holds.
        let rule = SubsequentProtectionPlans(withinYears: 2).evaluate(engine(planFixture).context, over: year)
        #expect(rule.numerator == 0)
        #expect(rule.denominator == 3)
    }

    @Test func longPlansEnding() throws {
        // Ended in the year: N (180 days) and O (1 Feb 2023 → 10 Feb 2025 = 740 days > 729).
        // 1 of 2 = 50%.
        let r = try engine(planFixture).compute("cpp_2y_ended", over: year)
        #expect(r.value == 50)
        #expect(r.members.first { $0.childID == "O" }?.reason == "plan lasted 740 days from 01/02/2023")
    }

    @Test func reviewsOnTime() throws {
        // On a plan ≥ 3 months at 31 Mar 2025: M (from 1 Jun 2024) and Q (from 1 Oct 2024).
        // M: first review due by 1 Sep 2024, held 30 Aug; next due by 28 Feb 2025, held 20 Feb;
        // next due 20 Aug 2025 → all on time. Q: first due by 1 Jan 2025, held 15 Jan → late.
        // 1 of 2 = 50%.
        let r = try engine(planFixture).compute("cpp_reviews_timely", over: year)
        #expect(r.value == 50)
        #expect(r.members.first { $0.childID == "Q" }?.reason == "review on 15/01/2025 was due by 01/01/2025")
    }

    @Test func resultsDoNotDependOnRowOrder() throws {
        let forward = engine(referralFixture)
        let backward = engine(referralFixture.reversed().map {
            CINChild(childID: $0.childID, birthDate: $0.birthDate, sex: $0.sex, ethnicity: $0.ethnicity,
                     episodes: $0.episodes.reversed())
        })
        #expect(forward.computeAll(over: year) == backward.computeAll(over: year))
        for id: IndicatorID in ["referrals_rate", "rereferrals_12m", "referrals_nfa"] {
            let a = try forward.compute(id, over: year), b = try backward.compute(id, over: year)
            #expect(a.value == b.value)
            #expect(a.membersByDate == b.membersByDate)
        }
    }

    @Test func unknownIndicatorIsAClearError() {
        #expect(throws: IndicatorError.unknownIndicator("nope")) {
            try engine([]).compute("nope", over: year)
        }
    }

    @Test func aPeriodBeforeTheCensusYearIsNotGuessedFromPartOfTheData() throws {
        // The 2024-25 census holds only episodes open in 2024-25: 2023-24 cannot be computed.
        let r = try engine(referralFixture).compute("rereferrals_12m", over: .financialYear(2024))
        #expect(r.value == nil)
        #expect(r.note?.contains("01/04/2024 to 31/03/2025") == true)
        // A snapshot on the eve of the census year is complete: what was open then is in it.
        #expect(try engine(planFixture).compute("cpp_rate", over: .financialYear(2024)).value != nil)
    }

    @Test func noPopulationMeansNoRate() throws {
        let r = try IndicatorEngine(dataset: Dataset(cin: nil), population: nil).compute("referrals_rate", over: year)
        #expect(r.value == nil)
        #expect(r.note != nil)
    }
}
