import HearthCore

/// The points of a run of stored figures: each calendar month on its own (a flow measure's
/// month, a stock measure's month-end), the twelve months to each month-end (with each 31 March's
/// reporting year among them), each quarter, or each reporting year.
public enum SeriesStep: String, Sendable, CaseIterable, Codable {
    case month, rolling, quarter, year

    public func includes(_ period: ReportingPeriod) -> Bool {
        switch self {
        case .month: period.kind == .month
        case .rolling: period.kind == .rolling12 || period.kind == .year
        case .quarter: period.kind == .quarter
        case .year: period.kind == .year
        }
    }

    public var label: String {
        switch self {
        case .month: "Each month"
        case .rolling: "Rolling 12 months"
        case .quarter: "Each quarter"
        case .year: "Each reporting year"
        }
    }
}
