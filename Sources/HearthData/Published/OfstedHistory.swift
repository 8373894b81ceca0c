import Foundation
import HearthCore

/// Ofsted's published ILACS outcomes (inspections since 2018, and the visits of the latest year),
/// so an authority starts with its real regulatory history. Visits carry no grades or findings in
/// these tables; findings are entered from the report.
public struct OfstedHistory: Sendable {
    /// Inspections and visits by ONS area code, oldest first.
    public let byArea: [String: [Inspection]]

    public init(byArea: [String: [Inspection]]) {
        self.byArea = byArea
    }

    /// The authority's inspections and visits, oldest first.
    public func inspections(of authority: LocalAuthority) -> [Inspection] {
        byArea[authority.onsCode] ?? []
    }

    public static func shipped() throws(PublishedStatisticsError) -> OfstedHistory {
        var byArea: [String: [Inspection]] = [:]
        for name in ["ilacs_inspection_history_2018_2025", "in_year_inspections_2024_25"] {
            for inspection in try read(shippedRecords(name), file: name + ".csv") {
                let area = inspection.area
                // The two tables overlap for the latest year: keep one of each inspection.
                if byArea[area]?.contains(where: { $0.startDate == inspection.value.startDate && $0.kind == inspection.value.kind }) == true { continue }
                byArea[area, default: []].append(inspection.value)
            }
        }
        return OfstedHistory(byArea: byArea.mapValues { $0.sorted { $0.startDate < $1.startDate } })
    }

    /// Every record of a table shipped in `published/ofsted` (`name` without ".csv").
    static func shippedRecords(_ name: String) throws(PublishedStatisticsError) -> [CSVRecord] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "published/ofsted") else {
            throw .missingResource(name + ".csv")
        }
        do throws(CSVError) {
            var reader = try CSVReader(url: url)
            return try reader.readAll()
        } catch { throw .unreadable(file: name + ".csv", error) }
    }

    /// Rows of either table: found by heading, so the column order may change between releases.
    static func read(_ records: [CSVRecord], file: String) throws(PublishedStatisticsError) -> [(area: String, value: Inspection)] {
        guard let head = records.first?.fields else { return [] }
        func column(_ prefix: String) -> Int? { head.firstIndex { $0.lowercased().hasPrefix(prefix) } }
        guard let area = column("local authority area code"), let date = column("inspection"),
              let type = head.firstIndex(where: { $0.lowercased().contains("type") }) else {
            throw .missingColumn(file: file, column: "Local authority area code / Inspection date / Inspection type")
        }
        let published = column("publication date"), overall = column("overall effectiveness")
        let leaders = column("the impact of leaders"), help = column("the experiences and progress of children who need help")
        let care = column("the experiences and progress of children in care"), leavers = column("the experiences and progress of care leavers")
        var out: [(String, Inspection)] = []
        for r in records.dropFirst() where !r.isBlank {
            func cell(_ i: Int?) -> String { i.flatMap { $0 < r.fields.count ? r.fields[$0] : nil } ?? "" }
            guard let start = Day(iso: cell(date)), let kind = Inspection.Kind(ofstedText: cell(type)) else { continue }
            let code = cell(area)
            let grade = { (i: Int?) in OfstedGrade(text: cell(i)) }
            out.append((code, Inspection(
                id: "ofsted-\(code)-\(start.iso)-\(kind.rawValue.replacingOccurrences(of: " ", with: "-"))", kind: kind, startDate: start,
                publishedDate: Day(iso: cell(published)), overallEffectiveness: grade(overall),
                judgements: .init(impactOfLeaders: grade(leaders), helpAndProtection: grade(help), childrenInCare: grade(care),
                                  careLeavers: grade(leavers)))))
        }
        return out
    }
}
