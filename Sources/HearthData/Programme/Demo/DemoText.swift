import HearthCore

/// Dates and lists as the demonstration's minutes and notes write them ("12 March 2025").
enum DemoText {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                         "November", "December"]

    static func date(_ d: Day) -> String { "\(d.dayOfMonth) \(months[d.month - 1]) \(d.year)" }

    static func monthYear(_ d: Day) -> String { "\(months[d.month - 1]) \(d.year)" }

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last
    }

    /// "none" for nothing, else the figure, as minutes write counts.
    static func number(_ n: Int) -> String { n == 0 ? "none" : "\(n)" }

    /// "1 action", "3 actions".
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
