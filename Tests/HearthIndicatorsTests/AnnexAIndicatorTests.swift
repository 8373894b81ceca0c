import Testing
import HearthCore
@testable import HearthIndicators

/// Annex A measures. The lists run 1 October 2024 – 31 March 2025 in these fixtures, so the
/// period is the fourth quarter of 2024-25 plus the third, i.e. within the lists' window.
@Suite struct AnnexAIndicatorTests {
    func d(_ s: String) -> Day { Day(iso: s)! }
    let window = ReportingPeriod(start: Day(iso: "2024-10-01")!, end: Day(iso: "2025-03-31")!, label: "Oct–Mar")

    func cla(_ id: String, started: String, assessed: String?) -> AnnexARecord {
        AnnexARecord(list: .lookedAfter, id: id, date: d(started),
                     fields: assessed.map { ["Date of Last Health Assessment": Day(iso: $0)!.uk] } ?? [:])
    }

    var lists: AnnexA {
        AnnexA(records: [
            // Contacts on the window's first and last days set what the lists cover.
            .contacts: [AnnexARecord(list: .contacts, id: "K1", date: d("2024-10-01")),
                        AnnexARecord(list: .contacts, id: "K2", date: d("2024-12-02")),
                        AnnexARecord(list: .contacts, id: "K3", date: d("2025-03-31")),
                        AnnexARecord(list: .contacts, id: "K4", date: d("2025-01-06"))],
            .referrals: [AnnexARecord(list: .referrals, id: "K2", date: d("2024-12-03"))],
            .lookedAfter: [
                // Started Mon 2 Dec 2024: 20 working days is Wed 2 Jan 2025 (25, 26 Dec and 1 Jan
                // are bank holidays). Assessed 2 Jan → on time.
                cla("A", started: "2024-12-02", assessed: "2025-01-02"),
                // Same start, assessed Fri 3 Jan: 21 working days → late.
                cla("B", started: "2024-12-02", assessed: "2025-01-03"),
                // Started 10 Jan, no assessment recorded, due 7 Feb (before 31 Mar) → late.
                cla("C", started: "2025-01-10", assessed: nil),
                // Started 24 Mar 2025: due after the lists end, not yet assessed → not counted.
                cla("D", started: "2025-03-24", assessed: nil),
                // Started in 2022: not a starter in the period.
                cla("E", started: "2022-05-01", assessed: "2024-11-01"),
            ],
        ])
    }

    var engine: IndicatorEngine { IndicatorEngine(dataset: Dataset(annexA: lists), population: 1000) }

    @Test func initialHealthAssessmentsWithin20WorkingDays() throws {
        // A on time; B and C late; D not yet due; E not a starter → 1 of 3.
        let r = try engine.compute("cla_iha_20wd", over: window)
        #expect(r.numerator == 1)
        #expect(r.denominator == 3)
        #expect(r.members.first { $0.childID == "B" }?.reason == "assessed 21 working days after starting")
    }

    @Test func contactConversion() throws {
        // 1 referral ÷ 4 contacts = 25%.
        #expect(try engine.compute("contact_conversion", over: window).value == 25)
    }

    @Test func aPeriodWiderThanTheListsHasNoValue() throws {
        let r = try engine.compute("cla_iha_20wd", over: .financialYear(2025))
        #expect(r.value == nil)
        #expect(r.note?.contains("Annex A") == true)
    }
}
