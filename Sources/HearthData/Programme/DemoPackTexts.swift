import HearthCore

/// What the demonstration's officers have written for the packs of each board's next meeting:
/// commentary on the indicators a board watches most, and the implications. Invented, written
/// without figures so it reads true whatever the generated returns hold.
public enum DemoPackTexts {
    /// Each board's pack settings: the defaults for its kind with a named reporting officer.
    public static func settings(_ programme: Programme) -> [PackSettings] {
        programme.boards.map { board in
            var s = PackSettings.defaults(for: board)
            s.reportingOfficer = board.kind == .corporateParenting ? DemoRoles.headOfChildrenInCare : DemoRoles.director
            return s
        }
    }

    /// Texts for the first meeting of each board on or after `today`.
    public static func make(_ programme: Programme, today: Day) -> [MeetingPackText] {
        programme.boards.compactMap { board in
            guard let next = programme.nextMeeting(of: board.id, onOrAfter: today) else { return nil }
            let commentary = board.kind == .corporateParenting ? careCommentary : frontDoorCommentary.merging(careCommentary) { a, _ in a }
            return MeetingPackText(meetingID: next.id, commentary: commentary, implications: implications)
        }
    }

    static let frontDoorCommentary: [String: String] = [
        "rereferrals_12m": """
            Re-referrals have come down since the multi-agency screening team moved to a single daily triage with police and health. \
            Audits of the re-referred families show most had early help closed too soon; step-down now needs a team manager's agreement.

            The MASH Team Manager reports progress to each board until the rate holds below England's for two quarters.
            """,
        "assessments_45wd": """
            Timeliness has improved as caseloads in the assessment teams have eased. Assessments past 35 working days are now \
            reviewed weekly by the Head of Service, Assessment and Intervention.
            """,
        "icpc_15wd": """
            Conferences held late are mostly those where the strategy discussion was delayed over a weekend or a bank holiday. \
            A second conference chair has been recruited and the reviewing service now books the conference on the day the \
            section 47 enquiry starts.
            """,
        "cpp_subsequent": """
            Repeat plans remain a concern for the board. The practice review of every family on a second plan in the last year \
            found drift in child in need plans after step-down; the new step-down panel began this quarter.
            """,
    ]

    static let careCommentary: [String: String] = [
        "cla_3plus_placements": """
            Placement moves are falling as the edge-of-care and placement support team works with carers before a breakdown. \
            Every third move now goes to the Head of Service, Children in Care.
            """,
        "cla_health_checks": """
            Health assessments are on track. The designated nurse has agreed with the ICB a weekly list of children whose review \
            health assessment falls due in the next month.
            """,
        "care_leavers_eet": """
            Fewer care leavers are in education, employment or training than in similar councils. Ring-fenced apprenticeships \
            within the council start in the new year; the Virtual School now tracks every 16 and 17 year old in care.
            """,
    ]

    static let implications: [MeetingPackText.Implication: String] = [
        .policy: "The report supports the council's improvement plan and the priorities agreed with the Department for Education.",
        .financial: """
            Placement spend is projected above budget; the sufficiency strategy's in-house fostering expansion is the main lever. \
            Agency social workers remain the largest in-year pressure in the workforce budget.
            """,
        .legal: "The council must meet the requirements of the improvement notice issued by the Secretary of State for Education.",
        .risk: """
            The main risks are the recruitment and retention of permanent social workers, and the pace of change in child \
            protection practice. Both are on the directorate risk register with mitigations reviewed monthly.
            """,
        .equality: "The improvement plan applies to every child and family. Data on children's ethnicity and disability are reviewed quarterly.",
        .climate: "None arising from this report.",
    ]
}
