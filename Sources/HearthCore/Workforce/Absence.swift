/// A spell away from post. `to` is the last day of absence; nil while it continues.
public struct Absence: Sendable, Hashable, Codable {
    public let kind: AbsenceKind
    public let from: Day
    public let to: Day?
    /// FTE away: the worker's whole FTE, or part of it for a phased return.
    public let fte: Double

    public init(kind: AbsenceKind, from: Day, to: Day? = nil, fte: Double) {
        self.kind = kind
        self.from = from
        self.to = to
        self.fte = fte
    }

    /// Away on `day`: started on or before it and not yet back.
    public func covers(_ day: Day) -> Bool { from <= day && (to.map { $0 >= day } ?? true) }
}
