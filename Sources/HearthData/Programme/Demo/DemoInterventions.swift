import HearthCore

/// DfE's improvement notice and adviser for the demonstration, with what each review found.
enum DemoInterventions {
    static func make(_ timeline: DemoTimeline) -> [Intervention] {
        var notice = Intervention(id: "improvement-notice", kind: .improvementNotice, issued: timeline.notice, reviewEveryMonths: 6,
                                  inspectionID: timeline.inspection.id)
        let reviews = notice.reviewDates(until: timeline.today)
        let held = reviews.enumerated().map { i, d in "\(reviewName(i)) review (\(DemoText.date(d))): \(finding(ofReview: i))" }
        notice.outcome = (["Demonstration: DfE's reviews are invented for the demo."] + (held.isEmpty ? ["No review has been held yet."] : held))
            .joined(separator: " ")
        let adviser = Intervention(
            id: "improvement-adviser", kind: .improvementAdviser, issued: timeline.notice, reviewEveryMonths: 0,
            outcome: "Demonstration: a DfE improvement adviser, appointed with the notice, sits on the improvement board and reports to the department before each review.")
        return [notice, adviser]
    }

    /// The 12-month review as a source of findings: the four priorities DfE set, answered by the
    /// refreshed plan (`DemoFindings.reviewAnswers`). None before the review is held.
    static func twelveMonthReview(_ timeline: DemoTimeline, notice: Intervention) -> [FindingSource] {
        guard timeline.twelveMonthReview <= timeline.today else { return [] }
        return [FindingSource(id: "demonstration-dfe-review-\(timeline.twelveMonthReview.iso)", kind: .adviserReview,
                              title: "12-month review of the improvement notice", date: timeline.twelveMonthReview,
                              madeBy: "DfE improvement adviser (demonstration)", outcome: finding(ofReview: 1), interventionID: notice.id,
                              findings: DemoFindings.twelveMonthReview)]
    }

    /// "Six-month", "12-month", "18-month"…
    static func reviewName(_ index: Int) -> String {
        index == 0 ? "Six-month" : "\(6 * (index + 1))-month"
    }

    /// What DfE concluded at the review with this index, in one or two sentences.
    static func finding(ofReview index: Int) -> String {
        switch index {
        case 0:
            "Early progress at the front door and in recruitment; leaders' grip on performance data is better. The notice stays in place."
        case 1:
            "Leaders understand practice better, but progress on assessments and for care leavers is too slow. The notice stays in place and the plan is to be refreshed."
        case 2:
            "Management oversight is stronger and partners are more involved; workforce stability remains fragile. The notice stays in place."
        default:
            "Progress is sustained in most areas; DfE will consider lifting the notice after Ofsted's next inspection. The notice stays in place."
        }
    }
}
