import HearthCore
@testable import HearthData

/// Small Annex A records and files for the tests.
enum AnnexAFixtures {
    static let list1Headings = "Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Date of Contact,Contact Source"

    /// A list 1 CSV with the given data lines under the template headings.
    static func contacts(_ lines: String...) -> [UInt8] {
        Array(([list1Headings] + lines).joined(separator: "\n").utf8)
    }

    /// One record for `list` with every column filled with a valid value, so round trips
    /// exercise every column.
    static func fullRecord(_ list: AnnexAList, id: String = "C0001") -> AnnexARecord {
        let spec = AnnexAColumns.spec(for: list)
        var fields: [String: String] = [:]
        for column in spec.fieldColumns {
            switch column.kind {
            case .date: fields[column.heading] = "14/02/2025"
            case .integer: fields[column.heading] = "3"
            case .choice(let set): fields[column.heading] = set.values[0]
            case .text: fields[column.heading] = "North, \"Team\" A"
            }
        }
        return AnnexARecord(
            list: list, id: id,
            gender: "b) Female", ethnicity: "WBRI",
            birthDate: spec.birthDateColumn == nil ? nil : Day(year: 2015, month: 3, day: 9),
            age: spec.ageColumn == nil ? nil : 9,
            date: spec.dateColumn == nil ? nil : Day(year: 2025, month: 1, day: 6),
            endDate: spec.endDateColumn == nil ? nil : Day(year: 2025, month: 2, day: 20),
            fields: fields)
    }

    static var fullAnnexA: AnnexA {
        AnnexA(records: Dictionary(uniqueKeysWithValues: AnnexAList.allCases.map { list in
            (list, [fullRecord(list), fullRecord(list, id: "C0002")])
        }))
    }
}
