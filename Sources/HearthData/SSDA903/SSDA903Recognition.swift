import Foundation
import HearthCore

/// What a CSV heading row says a file is, judged as DfE's tools judge it: by the columns present,
/// never by the file's name.
public enum SSDA903Recognition: Sendable, Hashable {
    /// Every column of the table is present (extra columns are allowed).
    case table(SSDA903Table)
    /// Most of a table's columns are present but some are missing: the file was almost certainly
    /// meant to be this table, and cannot be used until the columns are put back.
    case nearMiss(SSDA903Table, missing: [String])
    /// Not an SSDA903 table.
    case none

    /// Recognises a table from its heading row (case-insensitive, surrounding spaces ignored).
    ///
    /// Several tables share columns (UASC's CHILD, SEX, DOB, DUC overlaps the Header), so when more
    /// than one table's full set is present the largest set wins: it is the more specific match.
    public static func recognise(headings: [String]) -> SSDA903Recognition {
        let present = Set(headings.map { $0.trimmingCharacters(in: .whitespaces).uppercased() })
        var best: SSDA903Table?
        for table in SSDA903Table.allCases where table.columns.allSatisfy(present.contains) {
            if best.map({ table.columns.count > $0.columns.count }) ?? true { best = table }
        }
        if let best { return .table(best) }

        // A near miss must show at least one column only that table has (not just CHILD/SEX/DOB,
        // which every table has) and at least half of its columns; the table with the most
        // columns present is the one it was meant to be.
        var nearest: (table: SSDA903Table, present: Int)?
        for table in SSDA903Table.allCases {
            let found = table.columns.filter(present.contains)
            guard found.contains(where: { !sharedColumns.contains($0) }),
                  found.count * 2 >= table.columns.count else { continue }
            if nearest.map({ found.count > $0.present }) ?? true { nearest = (table, found.count) }
        }
        if let nearest {
            return .nearMiss(nearest.table, missing: nearest.table.columns.filter { !present.contains($0) })
        }
        return .none
    }

    /// The matched table, if the heading row is usable.
    public var table: SSDA903Table? {
        if case .table(let t) = self { return t }
        return nil
    }

    /// Columns that several tables carry, so they say nothing about which table a file is.
    private static let sharedColumns: Set<String> = ["CHILD", "SEX", "DOB"]
}
