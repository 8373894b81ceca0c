import HearthCore
import HearthStore

/// A small improvement programme in which every optional field is set somewhere and left empty
/// somewhere else, each list already in the order the store gives it back.
enum ProgrammeFixture {
    static func day(_ iso: String) -> Day {
        guard let day = Day(iso: iso) else { preconditionFailure("not a date: \(iso)") }
        return day
    }

    static func programme(authority: String = "876") -> Programme {
        Programme(authority: authority, inspections: [focusedVisit, standard], interventions: [adviser, notice],
                  sources: [peerReview, twelveMonthReview], plans: [plan, refreshedPlan], boards: [improvementBoard, scrutiny], meetings: [boardMeeting, scrutinyMeeting])
    }

    /// A visit: ungraded, nothing optional set; its finding's id is used again by the inspection.
    static let focusedVisit = Inspection(
        id: "FV-2023", kind: .focusedVisit, startDate: day("2023-06-12"),
        findings: [Finding(id: "R1", kind: .recommendation, text: "Strengthen management oversight of the front door.")])

    static let standard = Inspection(
        id: "ILACS-2024", kind: .standard, startDate: day("2024-03-04"), endDate: day("2024-03-15"), publishedDate: day("2024-04-26"),
        reportURL: "https://reports.ofsted.gov.uk/provider/44/80512", overallEffectiveness: .inadequate,
        judgements: .init(impactOfLeaders: .inadequate, helpAndProtection: .requiresImprovement, childrenInCare: .good,
                          careLeavers: .outstanding),
        findings: [
            Finding(id: "APA1", kind: .areaForPriorityAction, text: "Children at risk of exploitation wait too long for help."),
            Finding(id: "R1", kind: .recommendation, text: "Caseloads that let social workers know their children."),
            Finding(id: "R2", kind: .recommendation, text: "Quality assurance that changes practice, 'not' just counts it."),
            Finding(id: "S1", kind: .strength, text: "Care leavers are well supported into work."),
        ])

    static let adviser = Intervention(id: "IA-1", kind: .improvementAdviser, issued: day("2024-05-01"), reviewEveryMonths: 3)
    static let notice = Intervention(id: "IN-1", kind: .improvementNotice, issued: day("2024-05-10"), ended: day("2025-11-03"),
                                     outcome: "Lifted after the monitoring visit", inspectionID: "ILACS-2024")

    /// Nothing optional set.
    static let peerReview = FindingSource(id: "peer-2024-09-10", kind: .peerReview, title: "LGA peer review of the front door",
                                          date: day("2024-09-10"),
                                          findings: [Finding(id: "PR1", kind: .recommendation, text: "One threshold document.")])
    /// Everything set: the notice's 12-month review and the four priorities it set.
    static let twelveMonthReview = FindingSource(
        id: "dfe-review-2025-05-12", kind: .adviserReview, title: "12-month review of the improvement notice", date: day("2025-05-12"),
        madeBy: "DfE improvement adviser", outcome: "Notice to remain; progress on the front door", interventionID: "IN-1",
        findings: [
            Finding(id: "DR1", kind: .priority, text: "Workforce capacity and stability"),
            Finding(id: "DR2", kind: .priority, text: "Partnership working"),
            Finding(id: "DR3", kind: .priority, text: "Practice model and social work practice"),
            Finding(id: "DR4", kind: .priority, text: "Communication and engagement"),
        ])

    static let leadership = Priority(id: "P1", title: "Leadership and oversight", lead: "Director of Children's Services")
    static let workforce = Priority(id: "P2", title: "Workforce capacity and stability")

    /// Everything set: dates, override, lists of every kind, values with long fractions.
    static let exploitation = PlanAction(
        id: "A1", priorityID: "P1", title: "Set up a multi-agency exploitation hub", owner: "Head of Safeguarding",
        start: day("2024-06-01"), due: day("2024-12-31"), status: .complete, completed: day("2024-12-02"),
        findingIDs: ["APA1", "R1"], indicatorIDs: ["cin_reref_12m", "icpc_15wd"],
        override: .init(rag: .amber, reason: "Complete, but the hub is not yet fully staffed"),
        progress: [ProgressNote(date: day("2024-07-15"), author: "J. Okafor", text: "Terms of reference agreed."),
                   ProgressNote(date: day("2024-10-01"), author: "J. Okafor", text: "Hub live; police analyst joins in November.")],
        evidence: [Evidence(kind: .document, title: "Hub terms of reference", location: "SharePoint: Improvement/Hub/ToR.docx"),
                   Evidence(kind: .link, title: "Partnership briefing", location: "https://example.gov.uk/hub")],
        trajectories: [
            IndicatorTrajectory(indicatorID: "cin_reref_12m", baseline: 0.2837465, baselineDate: day("2024-03-31"), target: 0.2,
                                targetDate: day("2026-03-31")),
            IndicatorTrajectory(indicatorID: "icpc_15wd", baseline: 0.6123456789012345, baselineDate: day("2024-03-31"),
                                target: 0.85, targetDate: day("2025-09-30")),
        ])
    /// Nothing optional set.
    static let recruitment = PlanAction(id: "A2", priorityID: "P2", title: "Recruit permanent team managers",
                                        owner: "HR business partner", ownerUser: "hr.partner", due: day("2025-03-31"))
    static let audit = PlanAction(id: "A0", priorityID: "P1", title: "Monthly audit of supervision", owner: "Principal social worker",
                                  start: day("2024-05-01"), due: day("2025-06-30"), status: .inProgress, findingIDs: ["R2"])

    /// Actions in saved order, not by id or priority.
    static let plan = ImprovementPlan(version: 1, title: "Improving children's lives 2024-26", approved: day("2024-07-03"),
                                      priorities: [leadership, workforce], actions: [exploitation, recruitment, audit])
    static var refreshedPlan: ImprovementPlan {
        var refreshed = plan
        refreshed.version = 2
        refreshed.title = "Improvement plan, refreshed after the monitoring visit"
        refreshed.approved = nil
        refreshed.actions[1].status = .blocked
        return refreshed
    }

    static let improvementBoard = Board(id: "IB", kind: .improvement, name: "Children's Improvement Board", chair: "Independent chair",
                                        members: ["Lead member", "Chief executive", "DCS", "Police superintendent"],
                                        secretary: "Democratic services", cadenceWeeks: 8)
    static let scrutiny = Board(id: "SC", kind: .scrutiny, name: "Children and young people scrutiny", chair: "Cllr Ahmed")

    static let boardMeeting = Meeting(
        id: "IB-2024-09", boardID: "IB", date: day("2024-09-10"),
        agenda: [AgendaItem(title: "Welcome and apologies"),
                 AgendaItem(title: "Exploitation hub", presenter: "Head of Safeguarding", link: .planPriority("P1")),
                 AgendaItem(title: "Performance report", presenter: "Head of Performance", link: .indicator("icpc_15wd")),
                 AgendaItem(title: "Adviser's letter", presenter: "DCS", link: .report("SharePoint: Board/2024-09/letter.pdf"))],
        attendees: ["Independent chair", "DCS", "Lead member"], apologies: ["Chief executive", "Police superintendent"],
        minutes: "The board <b>noted</b> progress; \"amber\" overall.",
        resolutions: ["Accept the performance report", "Ask for a deep dive on exploitation", "Meet again in eight weeks"],
        actionsArising: [ActionArising(id: "AA1", text: "Circulate the hub's first data", owner: "Head of Performance",
                                       due: day("2024-10-01"), done: day("2024-09-28")),
                         ActionArising(id: "AA2", text: "Report agency spend", owner: "Finance", ownerUser: "finance.lead", due: day("2024-11-05")),
                         ActionArising(id: "AA3", text: "Invite care leavers to the next meeting", owner: "Participation lead")])
    /// Nothing optional set.
    static let scrutinyMeeting = Meeting(id: "SC-2024-10", boardID: "SC", date: day("2024-10-01"))
}

extension ProgrammeStore {
    /// Saves every part of `programme`, boards before their meetings.
    func save(_ programme: Programme) async throws {
        for i in programme.inspections { try await saveInspection(i, authority: programme.authority) }
        for i in programme.interventions { try await saveIntervention(i, authority: programme.authority) }
        for s in programme.sources { try await saveSource(s, authority: programme.authority) }
        for p in programme.plans { try await savePlan(p, authority: programme.authority) }
        for b in programme.boards { try await saveBoard(b, authority: programme.authority) }
        for m in programme.meetings { try await saveMeeting(m, authority: programme.authority) }
    }
}
