import HearthCore

/// The workforce measures that need the year rather than one day: turnover and sickness
/// absence, as DfE defines them for the census year to 30 September.
public enum WorkforceMeasures {
    /// The working days DfE divides a census year's sickness absence by: 253, or 254 when the year
    /// to the as-at date holds a 29 February.
    ///
    /// DfE's methodology (LAIT Work_Force_SWAbsence; CSWW statistics) multiplies FTE in post "by 253
    /// days (the number of working days in a non-leap year, taking account of bank holidays). The
    /// rate for a leap year is based on 254 working days." The census year runs to 30 September, so
    /// the leap years are those to 30 September 2020, 2024, 2028: they hold 29 February. This is a
    /// fixed convention, not a count of the year's own weekdays less bank holidays, and DfE's
    /// published absence_rate_fte shows it: recomputed from working_days_lost_fte ÷ inpost_fte,
    /// 254 gives all 162 published rates of 2020 and 156 of 160 in 2024 (253: 145 and 138), and 253
    /// gives 157–160 of about 160 in every other year, whereas the year's real working days (251 in
    /// the years to September 2022 and 2023, 252 to 2017 and 2018) miss between a tenth and a
    /// quarter of them in those years.
    public static func absenceWorkingDays(yearEnding date: Day) -> Double {
        let yearStart = date.adding(years: -1).adding(days: 1)
        // The year spans two calendar years; a 29 February of either inside it makes it a leap year.
        let leapDays = [date.year - 1, date.year].compactMap { Day(year: $0, month: 2, day: 29) }
        return leapDays.contains { $0 >= yearStart && $0 <= date } ? 254 : 253
    }

    /// DfE turnover: FTE of in-post staff who left in the year to the as-at date ÷ FTE in post on
    /// the as-at date. Agency workers are not leavers, nor is a worker whose contract ends as
    /// another of theirs begins (a contract change, `StaffContracts.leftService`).
    public static func turnover(_ snapshot: WorkforceSnapshot) -> MeasureRatio {
        let people = StaffContracts(snapshot)
        let leavers = snapshot.staff.filter { s in
            guard s.contract.isInPost, let end = s.endDate else { return false }
            return end >= snapshot.yearStart && end <= snapshot.date && people.leftService(s)
        }
        let inPost = snapshot.staff.filter { $0.contract.isInPost && $0.isEmployed(on: snapshot.date) }
        return MeasureRatio(leavers.reduce(0) { $0 + $1.fte }, inPost.reduce(0) { $0 + $1.fte })
    }

    /// DfE sickness absence rate: working days lost to sickness in the year by staff in post on
    /// the as-at date ÷ (their FTE × the year's working days, 253 or 254: see
    /// `absenceWorkingDays(yearEnding:)`). A person's recorded days lost are used when HR has
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
        return MeasureRatio(lost, inPost.reduce(0) { $0 + $1.fte } * absenceWorkingDays(yearEnding: snapshot.date))
    }
}
