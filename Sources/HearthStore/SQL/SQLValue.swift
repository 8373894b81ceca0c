import Foundation
import HearthCore

/// How domain values are written to columns, the same on both databases: dates as ISO text
/// (readable by BI tools and sortable), booleans as 0/1 integers (one column type everywhere),
/// times as ISO 8601 UTC with milliseconds.
enum SQLValue {
    static func day(_ day: Day?) -> String? { day?.iso }
    static func day(_ text: String?) -> Day? { text.flatMap { Day(iso: $0) } }
    static func flag(_ value: Bool?) -> Int? { value.map { $0 ? 1 : 0 } }
    static func flag(_ value: Int?) -> Bool? { value.map { $0 != 0 } }

    static func time(_ date: Date) -> String { date.formatted(timeStyle) }
    static func time(_ text: String) -> Date? { try? timeStyle.parse(text) }

    private static let timeStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
}

/// Reading back columns the store wrote itself: a value it could not have written means the
/// database was changed behind its back, which is reported rather than read as something else.
extension SQLValue {
    static func day(_ text: String, of what: @autoclosure () -> String) throws -> Day {
        guard let day = Day(iso: text) else { throw StoreError.corrupt("date \"\(text)\" of \(what())") }
        return day
    }

    /// nil stays nil; text that is not a date throws.
    static func day(_ text: String?, of what: @autoclosure () -> String) throws -> Day? {
        try text.map { try day($0, of: what()) }
    }

    static func code<T: RawRepresentable>(_ raw: T.RawValue, of what: @autoclosure () -> String) throws -> T {
        guard let value = T(rawValue: raw) else { throw StoreError.corrupt("\(T.self) \"\(raw)\" of \(what())") }
        return value
    }

    static func code<T: RawRepresentable>(_ raw: T.RawValue?, of what: @autoclosure () -> String) throws -> T? {
        try raw.map { try code($0, of: what()) }
    }
}
