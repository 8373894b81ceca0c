import HearthCore
import HearthData
import Testing
@testable import HearthIndicators

/// The catalogue is the one registry of an indicator: a measure added in one line reaches the
/// engine, the lookups, the targets, the journey and the DfE comparison with nothing else
/// written; and the facts the earlier id-keyed lists held are on the definitions unchanged.
@Suite struct IndicatorRegistryTests {
    /// A measure written for this test only: one file's worth, with every fact on its definition.
    struct EverySecondReferral: Measure {
        let definition = IndicatorDefinition(
            id: "test_every_second_referral", title: "Every second referral",
            definition: "A test measure.", numerator: "none", denominator: "none",
            periodKind: .inYear, unit: .percent, polarity: .high, source: .cinCensus, area: .childrenInCare,
            notPublishedBecause: "A test measure: DfE publishes nothing like it.", englandDefault: 42, headline: true)

        func evaluate(_ context: IndicatorContext, over period: ReportingPeriod) -> IndicatorResult {
            IndicatorResult(id: definition.id, period: period, value: 50, numerator: 1, denominator: 2, members: [])
        }
    }

    @Test func aMeasureAddedInOneLineReachesEveryUser() throws {
        // Given the standard catalogue with one more line
        let catalogue = IndicatorCatalogue(measures: IndicatorCatalogue.standard.measures + [EverySecondReferral()])
        let id: IndicatorID = "test_every_second_referral"
        // Then the engine computes it, by name and with the rest
        let engine = IndicatorEngine(context: IndicatorContext(dataset: Dataset(authorityCode: "876")), catalogue: catalogue)
        #expect(try engine.compute(id, over: .financialYear(2025)).value == 50)
        #expect(engine.computeAll(over: .financialYear(2025)).last?.id == id)
        // Its definition is found, it heads the journey, it sits in its pack area
        #expect(catalogue.definition(id)?.title == "Every second referral")
        #expect(catalogue.headline.last?.id == id)
        #expect(catalogue.definitions.filter { $0.area == .childrenInCare }.map(\.id).contains(id))
        // Its England default becomes its default target (a percentage: 2 points of tolerance)
        let targets = TargetSet.defaults(national: NationalFigures.defaults(published: [:], catalogue: catalogue),
                                         catalogue: catalogue, label: "England")
        #expect(targets[id]?.target == 42 && targets[id]?.tolerance == 2)
        // And the DfE comparison says it is not published, with its own reason for the page
        let benchmarker = Benchmarker(statistics: PublishedStatistics(tables: [:]), lait: .empty, catalogue: catalogue)
        #expect(throws: BenchmarkError.notPublished(id)) { try benchmarker.compare(authority: "876", indicator: id) }
        #expect(catalogue.definition(id)?.noPublishedFigureReason == "A test measure: DfE publishes nothing like it.")
    }

    @Test func theHeadlineIndicatorsAreThoseBoardsAndOfstedReadFirst() {
        // The seven the improvement journey showed from its own list before the registry held them.
        #expect(IndicatorCatalogue.standard.headline.map(\.id) == [
            "rereferrals_12m", "assessments_45wd", "icpc_15wd", "cpp_subsequent", "cla_3plus_placements",
            "cla_iha_20wd", "care_leavers_eet",
        ])
    }

    @Test func eachIndicatorSitsInThePackAreaItsFamilyBelongsTo() {
        // Care leavers' measures, children in care (adoption with them), and the rest the front
        // door and child protection: the rule the pack applied to ids before the registry.
        for d in IndicatorCatalogue.standard.definitions {
            let id = d.id.rawValue
            let expected: IndicatorArea = id.hasPrefix("care_leavers") ? .careLeavers
                : id.hasPrefix("cla_") || id.hasPrefix("adoption_") ? .childrenInCare : .frontDoor
            #expect(d.area == expected, "\(id)")
        }
        #expect(IndicatorCatalogue.standard.workforce.allSatisfy { $0.definition.area == .workforce })
    }

    @Test func englandDefaultsAreDfEsPublishedFiguresFor2024To25() {
        // DfE, "Children in need" 2025 (re-referrals 22.6%, assessments in 45 working days 85.7%,
        // ICPCs in 15 working days 81.4%, second or subsequent plans 24.5%) and "Children looked
        // after" 2025 (3+ placements 10%, long-term stability 69%, care leavers 19–21 EET 54%,
        // in suitable accommodation 89%): GLOSSARY.md's national figures.
        let defaults = Dictionary(uniqueKeysWithValues: IndicatorCatalogue.standard.allDefinitions.compactMap { d in
            d.englandDefault.map { (d.id, $0) }
        })
        #expect(defaults == [
            "assessments_45wd": 85.7, "icpc_15wd": 81.4, "rereferrals_12m": 22.6, "cpp_subsequent": 24.5,
            "cla_3plus_placements": 10, "cla_long_term_stability": 69, "care_leavers_eet": 54,
            "care_leavers_suitable_accommodation": 89,
        ])
        // A published value is kept over the default.
        #expect(NationalFigures.defaults(published: ["rereferrals_12m": 21])["rereferrals_12m"] == 21)
    }

    @Test func everyIndicatorSaysWhereDfEPublishesItOrWhyNot() {
        for d in IndicatorCatalogue.standard.allDefinitions {
            #expect((d.published == nil) != (d.notPublishedBecause == nil), "\(d.id): a source or a reason, not both or neither")
        }
    }

    @Test func theWorkforceMeasuresAreDfEsSixFromTheWorkforceFile() {
        let w = IndicatorCatalogue.standard.workforce
        #expect(w.map(\.id) == ["sw_vacancy_rate", "sw_agency_rate", "sw_agency_cover_vacancies", "sw_turnover", "sw_absence", "sw_caseload"])
        for m in w {
            guard case .explore(let p) = m.definition.published else { Issue.record("\(m.id) has no EES source"); continue }
            #expect(p.file == .workforce, "\(m.id)")
        }
        // Only the caseload is a ratio; it is found by id like any indicator.
        #expect(w.filter(\.isRatio).map(\.id) == ["sw_caseload"])
        #expect(IndicatorCatalogue.standard.definition("sw_caseload")?.title == "Caseload per case-holding FTE")
    }

    @Test func eachPublishedSourceIsNamedApartOnEveryPage() {
        // The label pages, the API and `hearth indicators --format json` give: the rows read are
        // named where one column holds several figures (the three health checks share one).
        let labels = IndicatorCatalogue.standard.publishedSources.map(\.source.label)
        #expect(Set(labels).count == labels.count)
        #expect(IndicatorCatalogue.standard.definition("cla_dental_checks")?.published?.label
                == "la_conviction_health_outcome_cla.csv: children_percent (Had their teeth checked by a dentist; Health assessments: Children looked after all ages)")
    }
}
