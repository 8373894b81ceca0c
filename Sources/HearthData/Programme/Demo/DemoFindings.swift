import HearthCore

/// What the demonstration's inspection and monitoring visit found, written for Hearth in the plain
/// style of an ILACS report. F9 is left without an action on purpose, so the coverage view has a
/// gap to show.
enum DemoFindings {
    static let inspection: [Finding] = [
        Finding(id: "F1", kind: .areaForPriorityAction, text: """
            The response to children at the front door, so that thresholds are understood and applied consistently by \
            partners, strategy discussions take place without delay and children at risk of significant harm are protected promptly.
            """),
        Finding(id: "F2", kind: .areaForPriorityAction, text: """
            The capacity and stability of the social work workforce, so that caseloads are manageable and children do not \
            experience frequent changes of social worker.
            """),
        Finding(id: "F3", kind: .areaForPriorityAction, text: """
            Management oversight and supervision at every level, so that drift and delay in children's plans are seen and \
            acted on, and leaders have an accurate picture of the quality of practice.
            """),
        Finding(id: "F4", kind: .recommendation, text: """
            The timeliness and quality of assessments, including how well they draw on children's histories, reflect their \
            identity and record what children say about their lives.
            """),
        Finding(id: "F5", kind: .recommendation, text: """
            The quality of child protection plans and core group meetings, so that plans are specific, measurable and lead \
            to timely change for children.
            """),
        Finding(id: "F6", kind: .recommendation, text: """
            The timeliness of initial health assessments for children coming into care, and the use of health information \
            in their care plans.
            """),
        Finding(id: "F7", kind: .recommendation, text: """
            Permanence planning for children in care, so that decisions about where children will grow up are made early \
            and long-term matches are confirmed without delay.
            """),
        Finding(id: "F8", kind: .recommendation, text: """
            The quality of pathway plans for care leavers, so that they are written with young people, reflect their current \
            circumstances and are kept up to date, and the range of suitable accommodation open to them.
            """),
        Finding(id: "F9", kind: .recommendation, text: """
            The quality and use of return home interviews for children who go missing, so that what children say about \
            risk informs their plans.
            """),
        Finding(id: "F10", kind: .recommendation, text: """
            The effectiveness of corporate parenting, so that elected members and partners know the experiences of \
            children in care and care leavers well and act on them.
            """),
        Finding(id: "F11", kind: .strength, text: """
            Disabled children receive a sensitive, well-coordinated service from a stable team of workers who know them well.
            """),
        Finding(id: "F12", kind: .strength, text: """
            The virtual school knows children in care well and champions their education; most attend a good or better school.
            """),
        Finding(id: "F13", kind: .strength, text: """
            Young people at risk of exploitation are supported by a specialist team that works closely with police and \
            community partners to reduce risk.
            """),
    ]

    static let monitoringVisit: [Finding] = [
        Finding(id: "MV1", kind: .areaForPriorityAction, text: """
            Leaders must ensure that every strategy discussion includes police and health, that the reasons for decisions \
            about section 47 enquiries are clearly recorded, and that managers oversee those decisions.
            """),
    ]

    /// The priorities DfE set at the notice's 12-month review (the four one council's review set),
    /// and the priorities of the refreshed plan that answer each.
    static let twelveMonthReview: [Finding] = [
        Finding(id: "DR1", kind: .priority, text: "Workforce capacity and stability: fewer agency workers and manageable caseloads."),
        Finding(id: "DR2", kind: .priority, text: "Partnership working: partners share responsibility at the front door and in strategy discussions."),
        Finding(id: "DR3", kind: .priority, text: "The practice model and social work practice: one model, used consistently and overseen by managers."),
        Finding(id: "DR4", kind: .priority, text: "Communication and engagement: staff, partners and children hear what is changing and why."),
    ]
    static let reviewAnswers: [String: [String]] = ["P1": ["DR1"], "P2": ["DR3", "DR4"], "P3": ["DR2"]]
}
