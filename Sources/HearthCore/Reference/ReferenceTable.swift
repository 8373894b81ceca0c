import Foundation

/// One of Hearth's shipped reference CSVs read whole: its heading row, its rows of the heading's
/// width, and a column's position by name (an error naming it when it is missing).
struct ReferenceTable {
    let header: [String]
    let rows: [[String]]

    init(csv text: String, file: String) throws {
        var rows = SimpleCSV.rows(text)
        guard !rows.isEmpty else { throw ReferenceError.empty(file) }
        header = rows.removeFirst()
        let width = header.count
        self.rows = rows.filter { $0.count == width }
    }

    func column(_ name: String) throws -> Int {
        guard let i = header.firstIndex(of: name) else { throw ReferenceError.missingColumn(name) }
        return i
    }

    /// The text of `reference/<name>.csv` in HearthCore's bundle; nil when it is not there.
    static func shipped(_ name: String) -> String? {
        guard let url = Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "reference") else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }
}
