/// Maps a table's heading row to column positions, matching names the way the DfE tools do:
/// case-insensitive, surrounding spaces ignored.
public struct ColumnMap: Sendable {
    public let indices: [String: Int]
    public let headings: [String]

    public init(headings: [String]) {
        self.headings = headings.map { $0.trimmingCharacters(in: .whitespaces) }
        var map: [String: Int] = [:]
        for (i, h) in self.headings.enumerated() where map[h.uppercased()] == nil { map[h.uppercased()] = i }
        indices = map
    }

    /// The positions of `columns` (canonical upper-case names), keyed by those names.
    public func positions(of columns: [String]) -> [String: Int] {
        var out: [String: Int] = [:]
        for c in columns { if let i = indices[c.uppercased()] { out[c] = i } }
        return out
    }

    public func missing(_ columns: [String]) -> [String] {
        columns.filter { indices[$0.uppercased()] == nil }
    }

    /// True when every one of `columns` is present (extra columns are allowed).
    public func hasAll(_ columns: [String]) -> Bool { missing(columns).isEmpty }
}

import Foundation
