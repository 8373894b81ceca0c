import Foundation
import HearthCore

/// Every authority's latest ILACS grades, from Data to Insight's summary
/// (`published/ofsted/d2i_ilacs_latest_judgements.csv`, MIT), which runs later than Ofsted's
/// March statistics for some authorities: "what good looks like" is read from the authorities
/// judged good or outstanding here.
public struct OfstedLatestJudgements: Sendable {
    /// One authority's latest graded inspection as the summary gives it.
    public struct Entry: Sendable, Hashable {
        /// The DfE 3-digit code (876 = Halton).
        public let code: String
        public let overallEffectiveness: OfstedGrade?
        /// "standard" or "short"; empty when the summary gives none.
        public let framework: String
        public let startDate: Day?
        public let judgements: Inspection.Judgements
    }

    /// By DfE code.
    public let byCode: [String: Entry]

    public init(byCode: [String: Entry]) {
        self.byCode = byCode
    }

    /// The authorities whose latest overall effectiveness is good or outstanding. An authority
    /// with no overall grade (never inspected under ILACS, or inspected after overall
    /// effectiveness was withdrawn) is not among them: the summary does not say it is good.
    public var goodOrOutstanding: Set<String> {
        Set(byCode.values.filter { ($0.overallEffectiveness ?? .inadequate) <= .good }.map(\.code))
    }

    /// Reads the summary by heading; rows without a DfE code are left out.
    public static func read(_ records: [CSVRecord], file: String) throws(PublishedStatisticsError) -> OfstedLatestJudgements {
        guard let head = records.first?.fields.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) else {
            throw .noData(file: file, what: "any authority")
        }
        func column(_ name: String) throws(PublishedStatisticsError) -> Int {
            guard let i = head.firstIndex(of: name) else { throw .missingColumn(file: file, column: name) }
            return i
        }
        let code = try column("la_code"), overall = try column("overall_effectiveness_grade")
        let framework = try column("inspection_framework"), start = try column("inspection_start_date")
        let leaders = try column("impact_of_leaders_grade"), help = try column("help_and_protection_grade")
        let care = try column("in_care_grade"), leavers = try column("care_leavers_grade")
        var out: [String: Entry] = [:]
        for r in records.dropFirst() where !r.isBlank {
            func cell(_ i: Int) -> String { i < r.fields.count ? r.fields[i].trimmingCharacters(in: .whitespaces) : "" }
            let la = cell(code)
            guard !la.isEmpty else { continue }
            let grade = { (i: Int) in OfstedGrade(text: cell(i)) }
            let kind = cell(framework).lowercased()
            out[la] = Entry(code: la, overallEffectiveness: grade(overall),
                            framework: kind == "standard" || kind == "short" ? kind : "",
                            startDate: Day(uk: cell(start)) ?? Day(iso: cell(start)),
                            judgements: .init(impactOfLeaders: grade(leaders), helpAndProtection: grade(help),
                                              childrenInCare: grade(care), careLeavers: grade(leavers)))
        }
        return OfstedLatestJudgements(byCode: out)
    }

    public static func shipped() throws(PublishedStatisticsError) -> OfstedLatestJudgements {
        let name = "d2i_ilacs_latest_judgements"
        return try read(OfstedHistory.shippedRecords(name), file: name + ".csv")
    }

    /// The shipped summary, read once; empty only if the package was built without it (the
    /// median is then said to be unavailable, never computed from nothing).
    public static let shippedOrEmpty: OfstedLatestJudgements = (try? shipped()) ?? OfstedLatestJudgements(byCode: [:])
}
