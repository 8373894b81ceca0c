import Foundation
import HearthIndicators
import HearthStore

/// The JSON shapes of /api/v1 (documented in openapi.json).
enum APIModels {
    struct Figure: Encodable {
        let period: String
        let start: String
        let end: String
        /// nil when suppressed or not computable.
        let value: Double?
        /// The figure as every page, the pack and `hearth figures` write it: rounded to the
        /// measure's published decimal places, "c" when withheld, "–" when there is none.
        let shown: String
        /// Counts as text: "c" when suppressed for the caller's role.
        let numerator: String
        let denominator: String
        let suppressed: Bool
        let computedAt: Date
        let submissions: [Int]
        let note: String?
    }

    struct Indicator: Encodable {
        let id: String
        let title: String
        let definition: String
        let numerator: String
        let denominator: String
        let unit: String
        let polarity: String
        let periodKind: String
        let source: String
        /// Where DfE's published figure is read (the benchmark's source), nil when DfE publishes none.
        let publishedMeasure: String?
        let target: Double?
        let rag: String
        let direction: String
        let latest: Figure?
        let history: [Figure]?
        /// The figure for the period asked with `?period=`, when asked.
        var figure: Figure? = nil
    }

    struct Area: Encodable {
        let code: String
        let name: String
        /// The number; null where DfE published a symbol instead.
        let value: Double?
        /// The figure as DfE wrote it: the number, or its symbol (c, x, z, k, u).
        let shown: String
    }

    struct Benchmarks: Encodable {
        let indicator: String
        let year: Int
        let authority: Area
        /// England's number; null where DfE published a symbol instead.
        let england: Double?
        let englandShown: String
        let region: Area
        let neighbours: [Area]
        let neighbourMean: Double?
        let neighbourMedian: Double?
        let rank: Int?
        let rankedAuthorities: Int
        let quartile: Int?
        /// "highest" or "lowest": which end rank 1 and quartile 1 are at.
        let rankedFrom: String
        /// DfE's polarity (LAIT data dictionary): "high", "low", or "none" where rank 1 is not "best".
        let polarity: String
        let basis: String
    }

    struct Member: Encodable {
        let child: String
        let date: String?
        let inNumerator: Bool
        let reason: String
    }

    struct DrillDown: Encodable {
        let indicator: String
        let period: String
        let value: Double?
        let numerator: Double
        let denominator: Double
        let members: [Member]
    }

    struct Submission: Encodable {
        let id: Int
        let authority: String
        let collectionYear: Int?
        let importedBy: String
        let importedAt: Date
        let sha256: String
        let files: Int
        let rows: Int
        let parts: [String]
    }
}
