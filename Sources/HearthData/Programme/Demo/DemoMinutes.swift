import HearthCore

/// The minutes and resolutions of a demonstration meeting: short paragraphs that name the period,
/// count the plan as it stood that day, and report what happened since the board last met.
enum DemoMinutes {
    static func text(_ c: DemoMeetings.Context) -> String {
        let paragraphs: [String] = switch c.board.kind {
        case .scrutiny: scrutiny(c)
        case .corporateParenting: parenting(c)
        default: improvement(c)
        }
        return paragraphs.joined(separator: "\n\n")
    }

    static func resolutions(_ c: DemoMeetings.Context) -> [String] {
        var out: [String] = []
        let p = c.progress
        switch c.board.kind {
        case .scrutiny:
            out.append("That the committee notes the progress report and the actions taken since its last meeting.")
            if c.refreshEndorsed { out.append("That the committee notes the refreshed improvement plan.") }
            if c.monitoringVisitReported { out.append("That the committee notes the outcome of Ofsted's monitoring visit.") }
            if c.index % 2 == 0 {
                let topic = DemoAgenda.scrutinyTopics[c.index % DemoAgenda.scrutinyTopics.count].title.lowercased()
                out.append("That the committee asks for a further report on \(topic) within six months.")
            }
        case .corporateParenting:
            out.append(p.total == 0 ? "That the board notes the plan to develop a corporate parenting scorecard."
                                    : "That the board notes the corporate parenting scorecard.")
            out.append("That the board thanks the Children in Care Council and replies to their points in writing.")
            if c.index % 3 == 0 {
                out.append("That the board asks every directorate of the council to offer work experience to care leavers.")
            }
        default:
            if c.isFirst { out.append("That the board agrees its terms of reference and a cycle of meetings every twelve weeks.") }
            out.append(p.total == 0 ? "That the board notes the draft improvement plan and the timetable for its approval."
                                    : p.complete == 0 ? "That the board notes the current position of the improvement plan."
                                    : "That the board notes the current position of the improvement plan, with \(p.complete) of \(p.total) actions complete.")
            if c.refreshEndorsed { out.append("That the board endorses the refreshed improvement plan (version 2) and its submission to DfE.") }
            if let r = c.reviews.last {
                out.append("That the board notes the outcome of the \(DemoInterventions.reviewName(r.index).lowercased()) review of the improvement notice.")
            }
            if c.monitoringVisitReported { out.append("That the board agrees the response to the monitoring visit's area for priority action.") }
            if let a = c.overridden { out.append("That the board agrees a new date for action \(a.id) and that it is shown amber until then.") }
            if p.red >= 3 { out.append("That the board asks the owners of overdue actions to attend its next meeting.") }
        }
        return Array(out.prefix(3))
    }

    private static func improvement(_ c: DemoMeetings.Context) -> [String] {
        var out: [String] = []
        let since = c.previous.map(DemoText.date) ?? ""
        if c.isFirst {
            out.append("The chair welcomed members to the first meeting of the improvement board, set up after DfE issued the improvement notice on \(DemoText.date(c.timeline.notice)). Members agreed the terms of reference, the membership and a cycle of meetings every twelve weeks, with the Director of Children's Services reporting progress against the improvement plan at each.")
        } else {
            out.append([
                "The chair welcomed members and noted that the meeting covered the period from \(since) to \(DemoText.date(c.date)).",
                "The chair opened the meeting by going through the actions agreed on \(since); the papers had gone out a week in advance.",
                "The chair welcomed members and reminded the board that its task is to test whether the changes are reaching children, not only whether actions are complete.",
                "The chair welcomed members and thanked officers for the practice visits arranged for board members since the meeting on \(since).",
            ][c.index % 4])
        }
        out.append(planParagraph(c))
        out += events(c)
        out.append(deepDive(c))
        out.append("The next meeting will be held on \(DemoText.date(c.next)).")
        return out
    }

    private static func planParagraph(_ c: DemoMeetings.Context) -> String {
        let p = c.progress
        guard p.total > 0 else {
            let due = ProgrammeDeadlines(calendar: c.timeline.calendar).actionPlanDue(after: c.timeline.inspection) ?? c.timeline.firstPlanApproved
            return "The Director of Children's Services presented the draft improvement plan, which sets six priorities drawn from the inspection findings. It is due with Ofsted by \(DemoText.date(due)), 70 working days after the report was published."
        }
        let concern = p.red == 0 ? "No action was reported as off track."
            : p.red <= 2 ? "Members asked for recovery dates for the \(DemoText.count(p.red, "action")) off track."
            : "The chair was concerned at the number of actions off track and asked their owners to attend the next meeting."
        return "The Improvement Programme Manager presented the highlight report for the period to \(DemoText.monthYear(c.date)). Of the \(p.total) actions in the plan, \(DemoText.number(p.complete)) are complete, \(DemoText.number(p.green)) on track, \(DemoText.number(p.amber)) due within the next fortnight and \(DemoText.number(p.red)) overdue or blocked. \(concern)"
    }

    private static func events(_ c: DemoMeetings.Context) -> [String] {
        var out: [String] = []
        if c.firstPlanSent {
            out.append("The board noted that the improvement plan was approved and sent to Ofsted on \(DemoText.date(c.timeline.firstPlanApproved)), within the 70 working days allowed.")
        }
        for r in c.reviews {
            out.append("The DfE improvement adviser reported on the \(DemoInterventions.reviewName(r.index).lowercased()) review of the improvement notice on \(DemoText.date(r.date)). \(DemoInterventions.finding(ofReview: r.index))")
        }
        if c.monitoringVisitReported {
            out.append("Members considered the letter from Ofsted's monitoring visit of \(DemoText.date(c.timeline.monitoringVisit)). Inspectors saw some progress but set one area for priority action, on strategy discussions; the response has been added to the plan as action \(c.monitoringVisitAction).")
        }
        if c.refreshEndorsed {
            let r = c.refreshChanges
            out.append("The board endorsed the refreshed improvement plan (version 2), prepared after the 12-month review. It keeps the six priorities, carries forward \(r.closed) completed actions, gives new dates to \(r.redated) that had slipped and adds \(r.added) new ones.")
        }
        if let a = c.overridden {
            out.append("The board agreed a new date for action \(a.id) (\(a.title.prefix(1).lowercased() + a.title.dropFirst())) and that it be shown amber until then.")
        }
        return out
    }

    private static func deepDive(_ c: DemoMeetings.Context) -> String {
        let texts = [
            ["In the deep dive on the workforce, the Director described the recruitment campaign and the conversion of agency staff. Members asked how many social workers had left in the last quarter, and why.",
             "The workforce deep dive looked at caseloads team by team. Members heard that the ASYE academy protects newly qualified workers' caseloads and asked that the offer be kept when budgets are set."],
            ["The Principal Social Worker led the deep dive on management oversight, drawing on recent audits. Supervision is more regular and better recorded, though the quality of reflection varies between teams.",
             "In the deep dive on the practice model, two practitioners described how it has changed their conversations with families. The board asked for audit evidence that plans, not only assessments, are improving."],
            ["The deep dive on the front door covered thresholds, the daily triage meeting and the timeliness of strategy discussions. The police and health members confirmed their agencies' attendance.",
             "Members examined repeat referrals and step-down from social care to early help, and asked for the audit of repeat referrals to come to a future meeting."],
            ["The Head of Service for children in care led the deep dive on health assessments and permanence. The designated nurse described the weekly tracker and the delays that remain for children placed out of area.",
             "In the deep dive on permanence, members heard how the panel tracks children from their second review, and discussed the shortage of local foster carers."],
            ["The deep dive on care leavers looked at pathway plans and accommodation. Members heard from a care leaver about the difference a personal adviser who stays makes.",
             "Members examined education, employment and training for care leavers, and asked every directorate of the council to offer at least one placement."],
            ["The deep dive on partnerships covered the improvement compact with police and health and the work of the Safeguarding Children Partnership.",
             "The board looked at corporate parenting and communication with staff, including the quarterly briefings and the scorecard reported to the corporate parenting board."],
        ]
        return texts[c.index % 6][(c.index / 6) % 2]
    }

    private static func scrutiny(_ c: DemoMeetings.Context) -> [String] {
        var out: [String] = []
        if let previous = c.previous {
            out.append([
                "The Director of Children's Services introduced the progress report for the period since the committee last met on \(DemoText.date(previous)).",
                "The Lead Member for Children's Services introduced the report, and the Director of Children's Services answered members' questions on progress since \(DemoText.date(previous)).",
                "Members received the regular report on the improvement programme, covering \(DemoText.monthYear(previous)) to \(DemoText.monthYear(c.date)).",
            ][c.index % 3])
        } else {
            out.append("The committee received its first report on the improvement notice issued on \(DemoText.date(c.timeline.notice)) and on the council's response to the inspection. The Director of Children's Services explained the role of the improvement board and how the committee would be kept informed.")
        }
        let p = c.progress
        var status = p.total == 0 ? "The improvement plan was being drafted and will be shared with members once approved."
            : "Members noted that \(DemoText.number(p.complete)) of the \(p.total) actions in the improvement plan were complete and \(DemoText.number(p.red)) were overdue or blocked."
        for r in c.reviews {
            status += " DfE's \(DemoInterventions.reviewName(r.index).lowercased()) review of the notice, on \(DemoText.date(r.date)), found: \(DemoInterventions.finding(ofReview: r.index))"
        }
        if c.monitoringVisitReported { status += " The committee noted the letter from Ofsted's monitoring visit in \(DemoText.monthYear(c.timeline.monitoringVisit))." }
        if c.refreshEndorsed { status += " The refreshed plan was endorsed by the improvement board on \(DemoText.date(c.refreshApproved))." }
        out.append(status)
        out.append([
            "Members asked how the council compares with its statistical neighbours on re-referrals; officers agreed to include the comparison in future reports.",
            "A member asked about the use of agency social workers and its cost; the HR Business Partner explained the conversion scheme and the market supplement.",
            "Members asked whether families are feeling the improvement; the Principal Social Worker described what families had said to auditors.",
            "Members asked how elected members could help with recruitment; the Director suggested promoting the council's offer through ward networks.",
            "A member raised the timeliness of initial health assessments; officers described the joint protocol with the Integrated Care Board and the weekly tracker.",
            "Members asked about care leavers' access to suitable accommodation and the joint work with the housing service.",
            "A member asked whether the front door is coping with demand; officers reported the number of contacts and the share becoming referrals.",
            "Members sought assurance on management oversight; the Head of Service Quality Assurance summarised the latest monthly audits.",
        ][c.index % 8])
        return out
    }

    private static func parenting(_ c: DemoMeetings.Context) -> [String] {
        var out: [String] = []
        if let previous = c.previous {
            out.append([
                "The Lead Member welcomed members and representatives of the Children in Care Council.",
                "The Lead Member welcomed members and thanked the young people who had helped to prepare the agenda.",
                "The Lead Member welcomed members and noted the actions carried forward from the meeting on \(DemoText.date(previous)).",
            ][c.index % 3])
        } else {
            out.append("The Lead Member for Children's Services welcomed members to the first meeting of the board since the inspection, and set out the board's role in holding the council to account as corporate parent.")
        }
        out.append([
            "Young people from the Children in Care Council described how it feels to change social worker, and asked that new workers be introduced before the old one leaves.",
            "Children in Care Council representatives presented their survey on health assessments: most young people wanted more say in where and when they take place.",
            "Young people spoke about the local offer for care leavers and asked for clearer information about money and housing at 18.",
            "The Children in Care Council shared their views on family time and on being placed far from home.",
            "Care leavers described the difference a personal adviser who stays with them makes, and asked for help with the cost of living.",
            "Young people presented their pledge to the board and asked members to visit a children's home with them.",
        ][c.index % 6])
        let care = c.careActions
        var scorecard = care.total == 0 ? "The board noted that a corporate parenting scorecard will be developed as part of the improvement plan."
            : "The board reviewed the scorecard for the period to \(DemoText.monthYear(c.date)). Of the \(care.total) improvement plan actions for children in care and care leavers, \(DemoText.number(care.complete)) are complete."
        if c.refreshEndorsed { scorecard += " Members welcomed the new actions for care leavers in the refreshed plan." }
        out.append(scorecard)
        return out
    }
}
