import HearthCore

/// Turns the text cells of one Annex A row into an `AnnexARecord`, logging what it cannot use.
/// Shared by the CSV and workbook readers so both report the same problems the same way.
struct AnnexARowDecoder: Sendable {
    let match: AnnexAHeadingMatch
    /// Sheet name for workbooks (the problem's `element`); nil for CSV files.
    let element: String?
    /// Number of cells in the heading row: longer or shorter rows are ragged.
    let width: Int
    /// CSV rows must be exactly `width` long; sheet rows omit trailing blank cells, so only CSV checks.
    let checksWidth: Bool
    let spec: AnnexAListSpec
    /// Worked out once per file rather than per row: rows number in the hundreds of thousands.
    private let fieldColumns: [AnnexAColumn]
    private let genderColumn: AnnexAColumn?
    private let ethnicityColumn: AnnexAColumn?

    init(match: AnnexAHeadingMatch, element: String?, width: Int, checksWidth: Bool) {
        self.match = match
        self.element = element
        self.width = width
        self.checksWidth = checksWidth
        spec = match.spec
        fieldColumns = spec.fieldColumns
        genderColumn = spec.genderColumn.flatMap(spec.column)
        ethnicityColumn = spec.ethnicityColumn.flatMap(spec.column)
    }

    func decode(_ values: [String], line: Int, _ log: inout ProblemLog) -> AnnexARecord? {
        if checksWidth, values.count != width {
            let extraIsBlank = values.count > width && values[width...].allSatisfy(\.isEmpty)
            if !extraIsBlank {
                log.add(.error, line: line, element: element,
                        "row has \(values.count) fields but the heading row has \(width); row left out (a comma or quote out of place?)")
                return nil
            }
        }
        let d = FieldDecoder(line: line, element: element, values: values, columns: match.positions)
        guard let id = d.text(spec.idColumn) else {
            log.add(.error, line: line, element: element, field: spec.idColumn, "blank ID; row left out")
            return nil
        }
        var fields: [String: String] = [:]
        for column in fieldColumns {
            if let v = value(column, d, &log) { fields[column.heading] = v }
        }
        return AnnexARecord(
            list: spec.list, id: id,
            gender: genderColumn.flatMap { value($0, d, &log) },
            ethnicity: ethnicityColumn.flatMap { value($0, d, &log) },
            birthDate: spec.birthDateColumn.flatMap { d.day($0, &log) },
            age: spec.ageColumn.flatMap { d.int($0, &log, range: -1...130) },
            date: spec.dateColumn.flatMap { d.day($0, &log) },
            endDate: spec.endDateColumn.flatMap { d.day($0, &log) },
            fields: fields)
    }

    /// Dates are normalised to dd/mm/yyyy so a written file reads back the same.
    private func value(_ column: AnnexAColumn, _ d: FieldDecoder, _ log: inout ProblemLog) -> String? {
        switch column.kind {
        case .text:
            return d.text(column.heading)
        case .date:
            return d.day(column.heading, &log)?.uk
        case .integer:
            return d.int(column.heading, &log).map(String.init)
        case .choice(let set):
            guard let t = d.text(column.heading) else { return nil }
            if !set.contains(t) {
                log.add(.warning, line: d.line, element: element, field: column.heading,
                        "\"\(t)\" is not one of the \(set.name) values (\(set.values.prefix(6).joined(separator: ", "))\(set.values.count > 6 ? ", …" : ""))")
            }
            return t
        }
    }
}
