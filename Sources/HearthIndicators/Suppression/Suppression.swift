/// The one suppression rule for everything that leaves the authority or reaches a board
/// (DfE's convention): counts of 1 to 5 are shown as "c" (primary suppression), and where a
/// total is shown, a further cell is suppressed so the hidden one cannot be worked out by
/// subtraction (secondary suppression). Zero is shown: it reveals no individual.
public enum Suppression {
    public static let primaryRange = 1...5

    /// Primary suppression of a single count.
    public static func cell(_ count: Int) -> SuppressedValue {
        primaryRange.contains(count) ? .suppressed : .shown(count)
    }

    /// A percentage shown only when neither its numerator nor its denominator is suppressed.
    public static func percentage(numerator: Int, denominator: Int, decimals: Int = 1) -> String {
        guard denominator > 0 else { return "z" }
        if cell(numerator).isSuppressed || cell(denominator).isSuppressed { return "c" }
        return PublishedRounding.text(Double(numerator) / Double(denominator) * 100, places: decimals)
    }

    /// Parts that add up to a shown total (a breakdown row). Returns the parts and the total,
    /// each possibly suppressed.
    public static func breakdown(_ parts: [Int]) -> (parts: [SuppressedValue], total: SuppressedValue) {
        let table = table([parts])
        return (table.cells[0], table.rowTotals[0])
    }

    /// A table whose rows and columns both have shown totals (the margins). Suppression is
    /// repeated until every row and column is safe: no line has exactly one hidden cell, and a
    /// line whose other cells are all zero hides its total too.
    public static func table(_ counts: [[Int]]) -> (cells: [[SuppressedValue]], rowTotals: [SuppressedValue], columnTotals: [SuppressedValue]) {
        let rows = counts.count
        let columns = counts.map(\.count).max() ?? 0
        let grid = counts.map { $0 + Array(repeating: 0, count: columns - $0.count) }
        var hidden = grid.map { $0.map { primaryRange.contains($0) } }
        var hiddenRowTotal = grid.map { primaryRange.contains($0.reduce(0, +)) }
        var hiddenColumnTotal = (0..<columns).map { c in primaryRange.contains(grid.reduce(0) { $0 + $1[c] }) }

        // Each pass can only add suppressions, so this terminates within rows × columns passes.
        var changed = true
        while changed {
            changed = false
            for r in 0..<rows {
                let line = (0..<columns).map { (r, $0) }
                changed = protect(line, totalHidden: &hiddenRowTotal[r], grid: grid, hidden: &hidden) || changed
            }
            for c in 0..<columns {
                let line = (0..<rows).map { ($0, c) }
                changed = protect(line, totalHidden: &hiddenColumnTotal[c], grid: grid, hidden: &hidden) || changed
            }
        }
        let cells = (0..<rows).map { r in (0..<columns).map { c in hidden[r][c] ? SuppressedValue.suppressed : .shown(grid[r][c]) } }
        let rowTotals = (0..<rows).map { r in hiddenRowTotal[r] ? SuppressedValue.suppressed : .shown(grid[r].reduce(0, +)) }
        let columnTotals = (0..<columns).map { c in
            hiddenColumnTotal[c] ? SuppressedValue.suppressed : .shown(grid.reduce(0) { $0 + $1[c] })
        }
        return (cells, rowTotals, columnTotals)
    }

    /// Makes one line (a row or column with its total) safe; returns whether anything changed.
    private static func protect(_ line: [(Int, Int)], totalHidden: inout Bool, grid: [[Int]], hidden: inout [[Bool]]) -> Bool {
        if totalHidden { return false }
        let hiddenCells = line.filter { hidden[$0.0][$0.1] }
        guard hiddenCells.count == 1 else { return false }
        // Hide the smallest other non-zero cell; if there is none, the total gives it away.
        let candidates = line.filter { !hidden[$0.0][$0.1] && grid[$0.0][$0.1] > 0 }
        if let smallest = candidates.min(by: { grid[$0.0][$0.1] < grid[$1.0][$1.1] }) {
            hidden[smallest.0][smallest.1] = true
        } else {
            totalHidden = true
        }
        return true
    }
}

import Foundation
