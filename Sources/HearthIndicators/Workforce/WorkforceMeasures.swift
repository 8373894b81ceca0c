import HearthCore

/// The workforce measures that need the year rather than one day: turnover and sickness
/// absence, as DfE defines them for the census year to 30 September.
public enum WorkforceMeasures {
    /// DfE's working days in a year for the absence rate.
    public static let workingDaysPerYear = 253.0

    /// DfE turnover: FTE of in-post staff who left in the year to the as-at date ÷ FTE in post on
    /// the as-at date. Agency workers are not leavers.
    public static func turnover(_ snapshot: WorkforceSnapshot) -> MeasureRatio {
        let leavers = snapshot.staff.filter { s in
            guard s.contract.isInPost, let end = s.endDate else { return false }
            return end >= snapshot.yearStart && end <= snapshot.date
        }
        let inPost = snapshot.staff.filter { $0.contract.isInPost && $0.isEmployed(on: snapshot.date) }
        return MeasureRatio(leavers.reduce(0) { $0 + $1.fte }, inPost.reduce(0) { $0 + $1.fte })
    }

    /// DfE sickness absence rate: working days lost to sickness in the year by staff in post on
    /// the as-at date ÷ (their FTE × 253). A person's recorded days lost are used when HR has
    /// them; otherwise the working days of their sickness absences within the year, times the
    /// FTE they were away.
    public static func sicknessAbsence(_ snapshot: WorkforceSnapshot,
                                       calendar: WorkingDayCalendar = .englandAndWales) -> MeasureRatio {
        let inPost = snapshot.staff.filter { $0.contract.isInPost && $0.isEmployed(on: snapshot.date) }
        var lost = 0.0
        for s in inPost {
            if let recorded = s.sicknessDaysLost { lost += recorded; continue }
            for a in s.absences where a.kind == .longTermSickness {
                let from = max(a.from, snapshot.yearStart), to = min(a.to ?? snapshot.date, snapshot.date)
                guard from <= to else { continue }
                // workingDays(from:to:) counts the days after `from`: start a day early to count it.
                lost += Double(calendar.workingDays(from: from.adding(days: -1), to: to)) * a.fte
            }
        }
        return MeasureRatio(lost, inPost.reduce(0) { $0 + $1.fte } * workingDaysPerYear)
    }
}
