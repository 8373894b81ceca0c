import SQLKit

/// One multi-row `INSERT INTO table (columns) VALUES (…), (…)`, written straight to the
/// serializer: building it through the query builder costs an expression object per value.
struct BulkInsert: SQLExpression {
    let table: String
    let columns: [String]
    /// Values that open every row (the submission id), bound once per row without copying rows.
    let leading: [any Encodable & Sendable]
    let rows: ArraySlice<[any Encodable & Sendable]>

    func serialize(to serializer: inout SQLSerializer) {
        serializer.write("INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES ")
        var firstRow = true
        for row in rows {
            serializer.write(firstRow ? "(" : ", (")
            firstRow = false
            var firstValue = true
            for value in leading {
                if !firstValue { serializer.write(", ") }
                firstValue = false
                serializer.write(bind: value)
            }
            for value in row {
                if !firstValue { serializer.write(", ") }
                firstValue = false
                serializer.write(bind: value)
            }
            serializer.write(")")
        }
    }
}
