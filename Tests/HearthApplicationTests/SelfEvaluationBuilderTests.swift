import Foundation
import Testing
import HearthCore
import HearthData
import HearthIndicators
import HearthReports
import HearthStore
@testable import HearthApplication

/// The self-evaluation written from hand-made inputs: four ILACS sections in Ofsted's order after
/// the summary, each indicator under its area with Hearth's figure (a small count "c" for the
/// aggregate audience), DfE's, the good-or-outstanding median and the fifth; the officers' words
/// under the three questions; the inspection window; findings no action answers.
@Suite struct SelfEvaluationBuilderTests {
    static let today = Day(iso: "2026-12-07")!
    static let benchmarker = Benchmarker(statistics: (try? PublishedStatistics.shipped()) ?? PublishedStatistics(tables: [:]),
                                         lait: (try? LAITStatistics.shipped()) ?? .empty)

    /// Re-referrals for Halton: 3 of 10 in 2024-25 (30%, made of counts of 1 to 5).
    static func summary() throws -> IndicatorSummary {
        let d = try #require(IndicatorCatalogue.standard.definition("rereferrals_12m"))
        let snap = IndicatorSnapshot(indicatorID: d.id.rawValue, authority: "876", period: .financialYear(2025), value: 30, numerator: 3,
                                     denominator: 10, note: nil, computedAt: Date(timeIntervalSince1970: 0), sourceSubmissionIDs: [1])
        return IndicatorSummary(definition: d, history: [snap], target: nil, rag: .neutral, direction: .notApplicable,
                                published: try benchmarker.compare(authority: "876", indicator: d.id), englandByYear: [:], current: snap)
    }

    static func inputs(_ disclosure: Disclosure) throws -> SelfEvaluationInputs {
        let finding = Finding(id: "F1", kind: .recommendation, text: "Return home interviews")
        let answered = Finding(id: "F2", kind: .areaForPriorityAction, text: "Strategy discussions")
        let inspection = Inspection(id: "i1", kind: .standard, startDate: Day(iso: "2024-05-13")!, overallEffectiveness: .inadequate,
                                    judgements: .init(helpAndProtection: .inadequate), findings: [finding, answered])
        let plan = ImprovementPlan(version: 1, title: "Plan", priorities: [Priority(id: "P1", title: "Front door")], actions: [
            PlanAction(id: "1.1", priorityID: "P1", title: "Audit repeat referrals", owner: "Head of service", due: Day(iso: "2026-11-01")!,
                       status: .inProgress, findingIDs: ["F2"], indicatorIDs: ["rereferrals_12m"]),
        ])
        let status = ProgrammeStatus(programme: Programme(authority: "876", inspections: [inspection], plans: [plan]), today: today,
                                     offTrajectory: [:])
        var words = SelfEvaluationNarrative(summary: "Our summary")
        words[.helpAndProtection] = .init(whatWeKnow: "Audits show drift", howWeKnow: "Monthly audits", plans: "A new front door")
        return SelfEvaluationInputs(authorityCode: "876", authorityName: "Halton", summaries: [try summary()], benchmarker: benchmarker,
                                    judgements: try OfstedLatestJudgements.shipped(), status: status, history: [], narrative: words,
                                    versionLine: "Version 1", disclosure: disclosure)
    }

    static func cells(_ section: PackSectionContent) -> [[String]] {
        section.blocks.flatMap { b -> [[String]] in
            if case .table(let t) = b { return t.rows.map { $0.map(\.text) } }
            return []
        }
    }

    @Test func sectionsFollowTheILACSJudgementsAndCarryEachIndicatorUnderItsArea() throws {
        let pack = SelfEvaluationBuilder(inputs: try Self.inputs(.aggregate)).build()
        #expect(pack.sections.map(\.title) == ["Summary and inspection position"] + ILACSArea.allCases.map(\.title))
        let help = pack.sections[2]
        let row = try #require(Self.cells(help).first { $0.first == "Re-referrals within 12 months" })
        // Hearth's 3 of 10 is c for the board; DfE's figures are public.
        #expect(row[1] == "c (2024-25)")
        let d = try #require(IndicatorCatalogue.standard.definition("rereferrals_12m"))
        let source = try #require(d.published)
        let standing = try #require(NationalStanding(authority: "876", source: source, year: 2025, benchmarker: Self.benchmarker,
                                                     judgements: try OfstedLatestJudgements.shipped()))
        #expect(row[5] == IndicatorFormat.value(standing.goodOrOutstandingMedian, d))
        #expect(row[6] == SelfEvaluationBuilder.standingText(standing))
        // The officers' words under the questions, and the plan's action on the area's indicator
        #expect(help.blocks.contains(.paragraph("Audits show drift")))
        #expect(help.blocks.contains(.subheading("How do we know it?")))
        #expect(Self.cells(help).contains { $0.first == "1.1 Audit repeat referrals" && $0.last == "Strategy discussions" })
        // No re-referral row under children in care
        #expect(!Self.cells(pack.sections[3]).contains { $0.first == "Re-referrals within 12 months" })
        // Unwritten answers say so
        #expect(pack.sections[4].blocks.contains(.note("Not written yet.")))
    }

    @Test func officersSeeTheExactFigure() throws {
        let pack = SelfEvaluationBuilder(inputs: try Self.inputs(.exact)).build()
        let row = try #require(Self.cells(pack.sections[2]).first { $0.first == "Re-referrals within 12 months" })
        #expect(row[1] == "30.0% (2024-25)")
    }

    @Test func theWindowAndTheFindingsNoActionAnswers() throws {
        let pack = SelfEvaluationBuilder(inputs: try Self.inputs(.aggregate)).build()
        let text = pack.plainText
        #expect(text.contains("A standard inspection between 13 November 2026 and 13 November 2027"))
        let leaders = Self.cells(pack.sections[1])
        #expect(leaders.contains { $0 == ["Return home interviews", "Recommendation", "No action answers it"] })
        // The overdue action is listed among the exceptions
        #expect(leaders.contains { $0.first == "1.1 Audit repeat referrals" && $0[4] == "Red" })
        #expect(pack.appendices.map(\.letter) == ["A"])
    }
}
