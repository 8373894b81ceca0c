/// The Annex A lists held for an authority.
public struct AnnexA: Sendable, Equatable {
    public let records: [AnnexAList: [AnnexARecord]]

    public init(records: [AnnexAList: [AnnexARecord]]) { self.records = records }

    public subscript(list: AnnexAList) -> [AnnexARecord] { records[list] ?? [] }

    public var rowCount: Int { records.values.reduce(0) { $0 + $1.count } }
}
