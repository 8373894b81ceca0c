import Foundation
import HearthCore

/// Writes Annex A lists with the guidance headings: as one CSV per list, or as one workbook with
/// a sheet per list named "List 1" … "List 11". Output is deterministic.
public enum AnnexAWriter {
    /// A list's records as CSV text (heading row first); dates dd/mm/yyyy.
    public static func csv(_ records: [AnnexARecord], list: AnnexAList) -> String {
        let spec = AnnexAColumns.spec(for: list)
        return CSVWriter.table(headings: spec.headings, rows: records.map { texts($0, spec) })
    }

    /// One CSV per list that has records, in list order, with a file name for each
    /// (`annex-a-list-03-referrals.csv`).
    public static func csvFiles(_ annexA: AnnexA) -> [(list: AnnexAList, fileName: String, text: String)] {
        annexA.records.keys.sorted().map { list in
            (list, fileName(list), csv(annexA[list], list: list))
        }
    }

    /// The whole return as a workbook: sheets "List 1" … "List 11" in order, each with its
    /// heading row even when the list is empty (Ofsted expects every list).
    public static func workbook(_ annexA: AnnexA) throws(XLSXError) -> Data {
        try XLSXWriter.data(AnnexAList.allCases.map { sheet(annexA[$0], list: $0) })
    }

    public static func sheetName(_ list: AnnexAList) -> String { "List \(list.rawValue)" }

    static func fileName(_ list: AnnexAList) -> String {
        let slug: String
        switch list {
        case .contacts: slug = "contacts"
        case .earlyHelp: slug = "early-help"
        case .referrals: slug = "referrals"
        case .assessments: slug = "assessments"
        case .section47: slug = "section-47"
        case .childrenInNeed: slug = "children-in-need"
        case .childProtection: slug = "child-protection"
        case .lookedAfter: slug = "children-in-care"
        case .careLeavers: slug = "care-leavers"
        case .adoptions: slug = "adoption"
        case .adopters: slug = "adopters"
        }
        let n = list.rawValue < 10 ? "0\(list.rawValue)" : "\(list.rawValue)"
        return "annex-a-list-\(n)-\(slug).csv"
    }

    static func sheet(_ records: [AnnexARecord], list: AnnexAList) -> XLSXSheet {
        let spec = AnnexAColumns.spec(for: list)
        var rows: [[XLSXCellValue?]] = [spec.headings.map { .text($0) }]
        for record in records {
            let texts = texts(record, spec)
            rows.append(zip(spec.columns, texts).map { column, text in
                guard !text.isEmpty else { return nil }
                // IDs stay text so leading zeros survive; typed columns become typed cells.
                switch column.kind {
                case .date: return Day(uk: text).map(XLSXCellValue.date) ?? .text(text)
                case .integer: return Int(text).map { .number(Double($0)) } ?? .text(text)
                case .text, .choice: return .text(text)
                }
            })
        }
        return XLSXSheet(name: sheetName(list), rows: rows)
    }

    /// A record's value for each column of the list, in column order ("" when blank).
    static func texts(_ record: AnnexARecord, _ spec: AnnexAListSpec) -> [String] {
        spec.columns.map { column in
            switch column.heading {
            case spec.idColumn: return record.id
            case spec.genderColumn: return record.gender ?? ""
            case spec.ethnicityColumn: return record.ethnicity ?? ""
            case spec.birthDateColumn: return record.birthDate?.uk ?? ""
            case spec.ageColumn: return record.age.map(String.init) ?? ""
            case spec.dateColumn: return record.date?.uk ?? ""
            case spec.endDateColumn: return record.endDate?.uk ?? ""
            default: return field(column, in: record)
            }
        }
    }

    /// The record's value for a column: under its heading, else under the first of its aliases
    /// (in the column's alias order, so output never depends on dictionary order) that holds one.
    /// Records built from a file with alias headings, or by code using them, then write back.
    static func field(_ column: AnnexAColumn, in record: AnnexARecord) -> String {
        if let value = record.fields[column.heading], !value.isEmpty { return value }
        for alias in column.aliases {
            if let value = record.fields[alias], !value.isEmpty { return value }
        }
        return ""
    }
}
