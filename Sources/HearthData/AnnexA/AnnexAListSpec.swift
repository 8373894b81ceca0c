import HearthCore

/// The columns of one Annex A list and the roles the reader gives them.
public struct AnnexAListSpec: Sendable {
    public let list: AnnexAList
    /// In template order (the order `AnnexAWriter` writes).
    public let columns: [AnnexAColumn]
    /// Child Unique ID, or Individual adopter identifier on list 11.
    public let idColumn: String
    public let genderColumn: String?
    public let ethnicityColumn: String?
    public let birthDateColumn: String?
    public let ageColumn: String?
    /// The list's main event date, read into `AnnexARecord.date`.
    public let dateColumn: String?
    /// The list's closing date, read into `AnnexARecord.endDate`.
    public let endDateColumn: String?

    public init(list: AnnexAList, columns: [AnnexAColumn], idColumn: String, genderColumn: String?,
                ethnicityColumn: String?, birthDateColumn: String?, ageColumn: String?,
                dateColumn: String?, endDateColumn: String?) {
        self.list = list
        self.columns = columns
        self.idColumn = idColumn
        self.genderColumn = genderColumn
        self.ethnicityColumn = ethnicityColumn
        self.birthDateColumn = birthDateColumn
        self.ageColumn = ageColumn
        self.dateColumn = dateColumn
        self.endDateColumn = endDateColumn
    }

    public var headings: [String] { columns.map(\.heading) }
    public var dateColumns: [String] { columns.filter(\.isDate).map(\.heading) }
    public var keyColumns: [String] { columns.filter(\.isKey).map(\.heading) }

    public func column(_ heading: String) -> AnnexAColumn? {
        columns.first { $0.heading == heading }
    }

    /// Columns kept in `AnnexARecord.fields` (the ones without a typed property).
    var fieldColumns: [AnnexAColumn] {
        let typed = Set([idColumn, genderColumn, ethnicityColumn, birthDateColumn, ageColumn,
                         dateColumn, endDateColumn].compactMap { $0 })
        return columns.filter { !typed.contains($0.heading) }
    }
}
