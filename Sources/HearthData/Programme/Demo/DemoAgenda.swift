import HearthCore

/// The agenda of each demonstration meeting: standing items, what happened since the last
/// meeting, and a topic that turns through the plan's priorities and indicators.
enum DemoAgenda {
    /// Indicators the improvement board looks at in turn, with the names its papers use.
    static let boardIndicators: [(id: String, name: String)] = [
        ("assessments_45wd", "Assessments within 45 working days"),
        ("icpc_15wd", "Initial child protection conferences within 15 working days"),
        ("rereferrals_12m", "Re-referrals within 12 months"),
        ("cla_iha_20wd", "Initial health assessments within 20 working days"),
        ("cpp_reviews_timely", "Child protection plans reviewed on time"),
        ("care_leavers_in_touch", "Care leavers aged 19 to 21 in touch"),
        ("cla_reviews_timely", "Reviews of children in care held on time"),
    ]

    static let scrutinyTopics: [AgendaItem] = [
        AgendaItem(title: "Social work recruitment and retention", presenter: DemoRoles.hrBusinessPartner, link: .planPriority("P1")),
        AgendaItem(title: "Re-referrals to children's social care", presenter: DemoRoles.headOfFrontDoor, link: .indicator("rereferrals_12m")),
        AgendaItem(title: "Timeliness of assessments", presenter: DemoRoles.headOfAssessment, link: .indicator("assessments_45wd")),
        AgendaItem(title: "Care leavers' accommodation", presenter: DemoRoles.headOfCareLeavers,
                   link: .indicator("care_leavers_suitable_accommodation")),
        AgendaItem(title: "Quality assurance and audit findings", presenter: DemoRoles.headOfQualityAssurance, link: .report("Quarterly audit report")),
        AgendaItem(title: "Early help and the front door", presenter: DemoRoles.headOfFrontDoor, link: .planPriority("P3")),
        AgendaItem(title: "Initial child protection conferences", presenter: DemoRoles.headOfChildProtection, link: .indicator("icpc_15wd")),
    ]

    static let parentingTopics: [AgendaItem] = [
        AgendaItem(title: "Initial health assessments", presenter: DemoRoles.designatedNurse, link: .indicator("cla_iha_20wd")),
        AgendaItem(title: "Care leavers: pathway plans and the local offer", presenter: DemoRoles.headOfCareLeavers, link: .planPriority("P5")),
        AgendaItem(title: "Placement stability and sufficiency", presenter: DemoRoles.headOfChildrenInCare, link: .indicator("cla_3plus_placements")),
        AgendaItem(title: "Virtual school headteacher's report", presenter: DemoRoles.virtualSchoolHead, link: .report("Virtual school headteacher's report")),
        AgendaItem(title: "Care leavers in education, employment or training", presenter: DemoRoles.headOfCareLeavers, link: .indicator("care_leavers_eet")),
        AgendaItem(title: "Children in care and permanence", presenter: DemoRoles.headOfChildrenInCare, link: .planPriority("P4")),
        AgendaItem(title: "Children missing from care", presenter: DemoRoles.headOfChildrenInCare, link: .indicator("cla_missing")),
    ]

    static func items(_ c: DemoMeetings.Context) -> [AgendaItem] {
        switch c.board.kind {
        case .scrutiny: scrutiny(c)
        case .corporateParenting: parenting(c)
        default: improvement(c)
        }
    }

    static func improvement(_ c: DemoMeetings.Context) -> [AgendaItem] {
        let chair = c.board.chair
        var items = [AgendaItem(title: "Welcome, apologies and declarations of interest", presenter: chair)]
        items.append(c.isFirst
            ? AgendaItem(title: "Terms of reference and membership", presenter: chair, link: .report("Improvement board terms of reference"))
            : AgendaItem(title: "Minutes of the last meeting and actions arising", presenter: chair, link: previousMinutes(c)))
        items.append(c.progress.total == 0
            ? AgendaItem(title: "Draft improvement plan", presenter: DemoRoles.director, link: .report("Draft improvement plan (demonstration)"))
            : AgendaItem(title: "Improvement plan highlight report", presenter: DemoRoles.programmeManager,
                         link: .report("Highlight report, \(DemoText.monthYear(c.date))")))
        for review in c.reviews {
            items.append(AgendaItem(title: "Improvement notice: \(DemoInterventions.reviewName(review.index).lowercased()) review",
                                    presenter: DemoRoles.adviser, link: .report("DfE review letter, \(DemoText.date(review.date))")))
        }
        if c.monitoringVisitReported {
            items.append(AgendaItem(title: "Ofsted monitoring visit: findings and response", presenter: DemoRoles.director,
                                    link: .report("Monitoring visit letter, \(DemoText.monthYear(c.timeline.monitoringVisitPublished))")))
        }
        if c.refreshEndorsed {
            items.append(AgendaItem(title: "Refreshed improvement plan (version 2)", presenter: DemoRoles.director,
                                    link: .report("Improvement plan version 2 (demonstration)")))
        }
        let priority = DemoPlanContent.priorities(refreshed: true)[c.index % 6]
        items.append(AgendaItem(title: "Deep dive: \(priority.title.lowercased())", presenter: priority.lead, link: .planPriority(priority.id)))
        let indicator = boardIndicators[c.index % boardIndicators.count]
        items.append(AgendaItem(title: "Performance: \(indicator.name.lowercased())", presenter: DemoRoles.headOfPerformance,
                                link: .indicator(indicator.id)))
        if !c.held, let review = c.nextNoticeReview, review <= c.date.adding(months: 3) {
            items.append(AgendaItem(title: "Preparing for the review of the improvement notice on \(DemoText.date(review))",
                                    presenter: DemoRoles.adviser))
        }
        items.append(AgendaItem(title: "Any other business", presenter: chair))
        return items
    }

    static func scrutiny(_ c: DemoMeetings.Context) -> [AgendaItem] {
        var items = [AgendaItem(title: "Declarations of interest", presenter: c.board.chair)]
        if !c.isFirst { items.append(AgendaItem(title: "Minutes of the previous meeting", presenter: c.board.chair, link: previousMinutes(c))) }
        items.append(AgendaItem(title: "Children's services improvement: progress report", presenter: DemoRoles.director,
                                link: .report("Report of the Director of Children's Services, \(DemoText.monthYear(c.date))")))
        items.append(scrutinyTopics[c.index % scrutinyTopics.count])
        items.append(AgendaItem(title: "Work programme", presenter: DemoRoles.democraticServices,
                                link: .report("Committee work programme \(c.date.year)")))
        return items
    }

    static func parenting(_ c: DemoMeetings.Context) -> [AgendaItem] {
        var items = [AgendaItem(title: "Voice of children in care: Children in Care Council update", presenter: DemoRoles.childrenInCareCouncil)]
        if !c.isFirst { items.append(AgendaItem(title: "Minutes of the previous meeting and actions arising", presenter: c.board.chair, link: previousMinutes(c))) }
        items.append(AgendaItem(title: "Corporate parenting scorecard", presenter: DemoRoles.headOfPerformance,
                                link: .report("Corporate parenting scorecard, \(DemoText.monthYear(c.date))")))
        items.append(parentingTopics[c.index % parentingTopics.count])
        return items
    }

    private static func previousMinutes(_ c: DemoMeetings.Context) -> AgendaItem.Link {
        c.previous.map { .report("Minutes, \(DemoText.date($0))") } ?? .none
    }
}
