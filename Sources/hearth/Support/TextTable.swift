/// Renders rows as an aligned plain-text table for the terminal (numbers right-aligned).
struct TextTable {
    var headings: [String]
    var rows: [[String]] = []

    init(_ headings: String...) { self.headings = headings }
    init(_ headings: [String]) { self.headings = headings }

    mutating func add(_ row: [String]) { rows.append(row) }

    func render() -> String {
        let columns = headings.count
        var widths = headings.map(\.count)
        for row in rows {
            for (i, cell) in row.prefix(columns).enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            cells.prefix(columns).enumerated().map { i, cell in
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                return Self.looksNumeric(cell) ? pad + cell : cell + pad
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        var out = [line(headings), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        out += rows.map(line)
        return out.joined(separator: "\n")
    }

    private static func looksNumeric(_ s: String) -> Bool {
        !s.isEmpty && s.allSatisfy { "0123456789.,-%c".contains($0) }
    }
}

import Foundation
