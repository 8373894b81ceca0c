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
