import HearthCore

/// The dates the demonstration programme hangs on: the graded inspection it answers, DfE's notice,
/// the first plan, the monitoring visit and the 12-month review. Everything after the inspection
/// is placed from it, and the inspection itself is chosen so the programme is live on `today`.
struct DemoTimeline: Sendable {
    let today: Day
    let calendar: WorkingDayCalendar
    /// The authority's inspections and visits up to today, as Ofsted's tables hold them.
    let record: [Inspection]
    /// The graded inspection the plan answers, without findings.
    let inspection: Inspection
    /// False when the record had no recent inadequate or requires-improvement inspection and one was made up.
    let inspectionIsReal: Bool
    let published: Day
    let notice: Day
    let firstPlanApproved: Day
    let monitoringVisit: Day
    let monitoringVisitPublished: Day
    let twelveMonthReview: Day

    /// The programme needs its 12-month review and refreshed plan behind it (17 months), and a
    /// judgement older than five years would long since have been re-inspected.
    static let newestUsableMonths = 17, oldestUsableYears = 5
    /// How old a made-up inspection's publication is on `today`: like Halton's on the session date.
    static let syntheticAgeMonths = 28

    init(record all: [Inspection], today: Day, calendar: WorkingDayCalendar) {
        self.today = today
        self.calendar = calendar
        record = all.filter { $0.startDate <= today }.sorted { $0.startDate < $1.startDate }
        if let latest = record.last(where: { $0.kind.isGraded }), let published = latest.publishedDate,
           (Self.worstGrade(latest) ?? .good) >= .requiresImprovement,
           published <= today.adding(months: -Self.newestUsableMonths), published >= today.adding(years: -Self.oldestUsableYears) {
            inspection = latest
            inspectionIsReal = true
            self.published = published
        } else {
            let madeUp = Self.syntheticInspection(after: record.last?.startDate, today: today, calendar: calendar)
            inspection = madeUp
            inspectionIsReal = false
            published = madeUp.publishedDate ?? today
        }
        notice = Self.workingDay(onOrAfter: published.adding(months: 2), calendar)
        // Councils send the plan a week or so before Ofsted's 70 working days are up.
        firstPlanApproved = calendar.adding(workingDays: 65, to: published)
        monitoringVisit = Self.weekday(2, onOrAfter: notice.adding(months: 8))
        monitoringVisitPublished = Self.workingDay(onOrAfter: monitoringVisit.adding(days: 30), calendar)
        twelveMonthReview = notice.adding(months: 12)
    }

    /// The worst of overall effectiveness and the four judgements (overall is optional from 2026).
    static func worstGrade(_ i: Inspection) -> OfstedGrade? {
        [i.overallEffectiveness, i.judgements.impactOfLeaders, i.judgements.helpAndProtection, i.judgements.childrenInCare,
         i.judgements.careLeavers].compactMap { $0 }.max()
    }

    /// A two-week standard inspection published about 28 months before today, after anything on
    /// the real record, and named so that no one takes it for Ofsted's.
    static func syntheticInspection(after lastOnRecord: Day?, today: Day, calendar: WorkingDayCalendar) -> Inspection {
        var target = today.adding(months: -syntheticAgeMonths)
        if let last = lastOnRecord { target = max(target, last.adding(months: 3)) }
        let published = workingDay(onOrAfter: min(target, today.adding(months: -newestUsableMonths)), calendar)
        let start = weekday(1, onOrBefore: published.adding(days: -56))
        return Inspection(id: "demonstration-inspection-\(start.iso)", kind: .standard, startDate: start, endDate: start.adding(days: 11),
                          publishedDate: published, overallEffectiveness: .inadequate,
                          judgements: .init(impactOfLeaders: .inadequate, helpAndProtection: .inadequate,
                                            childrenInCare: .requiresImprovement, careLeavers: .requiresImprovement))
    }

    static func workingDay(onOrAfter d: Day, _ calendar: WorkingDayCalendar) -> Day {
        var day = d
        while !calendar.isWorkingDay(day) { day = day.adding(days: 1) }
        return day
    }

    static func workingDay(onOrBefore d: Day, _ calendar: WorkingDayCalendar) -> Day {
        var day = d
        while !calendar.isWorkingDay(day) { day = day.adding(days: -1) }
        return day
    }

    /// `isoWeekday` 1 = Monday … 7 = Sunday.
    static func weekday(_ isoWeekday: Int, onOrAfter d: Day) -> Day {
        d.adding(days: (isoWeekday - d.isoWeekday + 7) % 7)
    }

    static func weekday(_ isoWeekday: Int, onOrBefore d: Day) -> Day {
        d.adding(days: -((d.isoWeekday - isoWeekday + 7) % 7))
    }
}
