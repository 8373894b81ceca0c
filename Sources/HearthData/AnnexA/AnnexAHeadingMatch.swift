import HearthCore

/// How a file's heading row lines up with one list's specification.
public struct AnnexAHeadingMatch: Sendable {
    public let spec: AnnexAListSpec
    /// Position in the file of each specified column found, keyed by its guidance heading.
    public let positions: [String: Int]
    /// Specified columns not found, in template order.
    public let missing: [String]
    /// Key columns not found: when any is missing the file is not this list.
    public let missingKeys: [String]
    /// Headings in the file that belong to no column of the list, as written.
    public let unknown: [String]

    public init(spec: AnnexAListSpec, headings: [String]) {
        self.init(spec: spec, headings: headings, normalised: NormalisedHeadings(headings))
    }

    /// A heading row normalised once and indexed, to be matched against every list: a row
    /// of thousands of headings (a damaged file) was normalised again for each of the lists.
    struct NormalisedHeadings {
        let normalised: [String]
        let firstIndex: [String: Int]

        init(_ headings: [String]) {
            normalised = headings.map(AnnexAHeading.normalised)
            var firstIndex: [String: Int] = [:]
            for (i, h) in normalised.enumerated() where firstIndex[h] == nil { firstIndex[h] = i }
            self.firstIndex = firstIndex
        }
    }

    init(spec: AnnexAListSpec, headings: [String], normalised row: NormalisedHeadings) {
        self.spec = spec
        let normalised = row.normalised, firstIndex = row.firstIndex
        var positions: [String: Int] = [:]
        var used = Set<Int>()
        for column in spec.columns {
            if let i = column.normalisedNames.lazy.compactMap({ firstIndex[$0] }).first, !used.contains(i) {
                positions[column.heading] = i
                used.insert(i)
            }
        }
        self.positions = positions
        missing = spec.headings.filter { positions[$0] == nil }
        missingKeys = spec.keyColumns.filter { positions[$0] == nil }
        unknown = headings.enumerated()
            .filter { !used.contains($0.offset) && !normalised[$0.offset].isEmpty }
            .map(\.element)
    }

    public var isRecognised: Bool { missingKeys.isEmpty }

    /// Columns found that only this list (not the shared child columns) has: how much the file
    /// looks like this list when a key column is missing.
    var distinctiveMatches: Int {
        positions.keys.filter { !AnnexAHeadingMatch.shared.contains($0) }.count
    }

    private static let shared: Set<String> = [
        AnnexAColumns.childID, AnnexAColumns.gender, AnnexAColumns.ethnicity, AnnexAColumns.birthDate,
        AnnexAColumns.age, "Does the Child have a Disability", "Allocated Team", "Allocated Worker",
        "Family identifier", "Date of Adoption Order", "Disability",
    ]

    /// What a heading row is: one list, nearly one list, or none.
    public enum Outcome: Sendable, Equatable {
        case recognised(AnnexAList)
        /// Looks like the list but lacks the key columns named.
        case nearMiss(AnnexAList, missing: [String])
        case unrecognised
    }

    /// The best-matching list for a heading row. When several lists' key columns are all
    /// present, the one with more of its columns present wins (then the lower list number).
    public static func best(for headings: [String]) -> (outcome: Outcome, match: AnnexAHeadingMatch?) {
        let row = NormalisedHeadings(headings)
        let matches = AnnexAColumns.all.map { AnnexAHeadingMatch(spec: $0, headings: headings, normalised: row) }
        var chosen: AnnexAHeadingMatch?
        for m in matches where m.isRecognised {
            if let c = chosen, m.positions.count <= c.positions.count { continue }
            chosen = m
        }
        if let chosen { return (.recognised(chosen.spec.list), chosen) }
        let best = matches.reduce(nil as AnnexAHeadingMatch?) { acc, m in
            guard m.distinctiveMatches > 0 else { return acc }
            guard let acc else { return m }
            return m.distinctiveMatches > acc.distinctiveMatches ? m : acc
        }
        if let best { return (.nearMiss(best.spec.list, missing: best.missingKeys), best) }
        return (.unrecognised, nil)
    }
}
