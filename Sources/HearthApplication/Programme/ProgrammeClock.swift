import Foundation
import HearthCore

/// Today's date where the council is: a board in England meets on English days, whatever the
/// server's time zone.
public struct ProgrammeClock: Sendable {
    public let today: @Sendable () -> Day

    public static let live = ProgrammeClock {
        let london = TimeZone(identifier: "Europe/London") ?? .gmt
        let now = Date()
        let seconds = now.timeIntervalSince1970 + Double(london.secondsFromGMT(for: now))
        return Day(ordinal: Int32((seconds / 86_400).rounded(.down)))
    }

    public static func fixed(_ day: Day) -> ProgrammeClock { ProgrammeClock { day } }
}

extension Day {
    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                     "October", "November", "December"]

    /// "12 July 2024", as board papers write dates.
    public var long: String {
        let c = components
        return "\(c.day) \(Day.monthNames[c.month - 1]) \(c.year)"
    }
}
