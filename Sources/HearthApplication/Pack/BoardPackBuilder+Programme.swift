import HearthCore
import HearthReports

/// The programme's sections: the regulatory position, the plan, actions arising, implications.
extension BoardPackBuilder {
    public func regulatory() -> PackSectionContent {
        let status = inputs.status
        var blocks: [PackBlock] = []
        if let inspection = status.latestGraded {
            blocks.append(.subheading("Ofsted: \(inspection.kind.rawValue), \(inspection.startDate.long)"))
            var facts: [PackKeyValue] = []
            if let published = inspection.publishedDate { facts.append(PackKeyValue("Report published", published.long)) }
            if let overall = inspection.overallEffectiveness { facts.append(PackKeyValue("Overall effectiveness", overall.description)) }
            let j = inspection.judgements
            for (title, grade) in [("Impact of leaders", j.impactOfLeaders), ("Help and protection", j.helpAndProtection),
                                   ("Children in care", j.childrenInCare), ("Care leavers", j.careLeavers)] {
                if let grade { facts.append(PackKeyValue(title, grade.description)) }
            }
            let needing = inspection.findings.filter(\.needsAction)
            let answered = needing.filter { !status.actions(answering: $0.id).isEmpty }
            facts.append(PackKeyValue("Findings the plan must answer", "\(needing.count), of which \(answered.count) are answered by actions"))
            blocks.append(.facts(facts))
        } else {
            blocks.append(.paragraph("Hearth holds no graded inspection for the authority."))
        }
        let since = status.latestGraded?.startDate
        let visits = status.programme.inspections.filter { visit in
            !visit.kind.isGraded && (since.map { visit.startDate > $0 } ?? true)
        }.sorted { $0.startDate < $1.startDate }
        if !visits.isEmpty {
            blocks.append(.subheading("Visits since the inspection"))
            let rows: [[PackCell]] = visits.map { v in
                let priority = v.findings.filter { $0.kind == .areaForPriorityAction }.count
                let recommendations = v.findings.filter { $0.kind == .recommendation }.count
                return [PackCell(v.kind.rawValue.capitalizedFirst), PackCell(v.startDate.long), PackCell(String(priority)), PackCell(String(recommendations))]
            }
            blocks.append(.table(PackTable(header: ["Visit", "Date", "Areas for priority action", "Recommendations"], rows: rows, numericColumns: [2, 3])))
        }
        let inForce = status.interventionsInForce
        blocks.append(.subheading("Department for Education intervention"))
        if inForce.isEmpty {
            blocks.append(.paragraph("No DfE intervention is in force."))
        } else {
            blocks.append(.table(PackTable(header: ["Intervention", "Issued", "Reviews", "Next review"], rows: inForce.map { i in
                [PackCell(i.kind.rawValue.capitalizedFirst), PackCell(i.issued.long), PackCell(i.reviewEveryMonths > 0 ? "every \(i.reviewEveryMonths) months" : "none set"),
                 PackCell(i.nextReview(after: inputs.today)?.long ?? "none due")]
            })))
        }
        blocks += otherSources()
        return PackSectionContent(kind: .regulatory, blocks: blocks)
    }

    /// Findings from DfE, commissioners, peers and independent chairs: each source with what the
    /// plan must answer and how much of it actions answer.
    private func otherSources() -> [PackBlock] {
        let status = inputs.status
        let sources = status.programme.sources.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        guard !sources.isEmpty else { return [] }
        let rows: [[PackCell]] = sources.map { s in
            let needing = s.findings.filter(\.needsAction)
            let answered = needing.filter { !status.actions(answering: $0.id).isEmpty }.count
            return [PackCell(s.kind.rawValue.capitalizedFirst), PackCell(s.title), PackCell(s.date.long), PackCell(s.outcome ?? ""),
                    PackCell(String(needing.count)), PackCell(String(answered), rag: answered < needing.count ? .amber : nil)]
        }
        return [.subheading("Findings from other sources"),
                .table(PackTable(header: ["Source", "Title", "Date", "Outcome", "To answer", "Answered by actions"], rows: rows,
                                 numericColumns: [4, 5]))]
    }

    public func plan() -> PackSectionContent {
        let status = inputs.status
        guard let plan = status.plan else {
            return PackSectionContent(kind: .plan, blocks: [.paragraph("There is no improvement plan in Hearth yet.")])
        }
        var blocks: [PackBlock] = []
        let all = status.counts()
        let total = plan.actions.count
        blocks.append(.paragraph("\(plan.title) (version \(plan.version)\(plan.approved.map { ", approved \($0.long)" } ?? "")) has "
                                 + "\(total) actions under \(plan.priorities.count) priorities. On \(inputs.today.long): "
                                 + ActionRAG.allCases.map { "\(all[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ") + "."))
        let order: [ActionRAG] = [.red, .amber, .green, .complete]
        var rows: [[PackCell]] = plan.priorities.map { p in
            let c = status.counts(priority: p.id)
            let counts = order.map { rag in PackCell(String(c[rag] ?? 0)) }
            return [PackCell("\(p.id) \(p.title)")] + counts + [PackCell(String(plan.actions(of: p).count))]
        }
        rows.append([PackCell("All priorities", bold: true)] + order.map { PackCell(String(all[$0] ?? 0), bold: true) } + [PackCell(String(total), bold: true)])
        blocks.append(.table(PackTable(caption: "Actions by priority and RAG", header: ["Priority", "Red", "Amber", "Green", "Complete", "Total"],
                                       rows: rows, numericColumns: [1, 2, 3, 4, 5])))

        blocks += exceptions(plan)

        var detail: [PackBlock] = []
        let changed = changedActions(plan)
        let sinceText = inputs.previousMeeting.map { "since the last meeting (\($0.date.long))" } ?? "this period"
        detail.append(.subheading("Actions that moved \(sinceText) (\(changed.count))"))
        if changed.isEmpty {
            detail.append(.paragraph("No action was completed, started or reported on \(sinceText)."))
        } else {
            detail.append(.table(PackTable(header: ["Action", "RAG", "Latest progress"], rows: changed.map { a in
                let rag = status.rag[a.id] ?? .green
                let note = a.progress.last.map { "\($0.date.long): \($0.text)" } ?? (a.completed.map { "Completed \($0.long)" } ?? a.status.rawValue)
                return [PackCell("\(a.id) \(a.title)"), PackCell(rag.rawValue.capitalizedFirst, rag: Self.rag(rag)), PackCell(note)]
            })))
        }
        let c = status.coverage
        detail.append(.subheading("Gaps in the plan"))
        var gaps: [String] = c.unansweredFindings.map { "Finding with no action (\($0.kind.rawValue)): \($0.text)" }
        gaps += c.actionsWithoutFinding.map { "Action answering no inspection finding: \($0.id) \($0.title)" }
        detail.append(gaps.isEmpty ? .paragraph("Every finding has an action and every action answers a finding.") : .bullets(gaps))
        return PackSectionContent(kind: .plan, blocks: blocks, appendix: detail, appendixTitle: "The plan: actions that moved, and its gaps")
    }

    /// The plan's exceptions, for the pack proper: actions red, past their due date, or green
    /// while an indicator they answer is off the trajectory the plan set; and the findings no
    /// action answers.
    func exceptions(_ plan: ImprovementPlan) -> [PackBlock] {
        let status = inputs.status
        let overdue = Set(status.overdueActions.map(\.id))
        let offTrack = Dictionary(status.coverage.greenButOffTrajectory.map { ($0.action.id, $0.indicators) }, uniquingKeysWith: { a, _ in a })
        let rows: [[PackCell]] = plan.actions.compactMap { a in
            let rag = status.rag[a.id] ?? .green
            var why: [String] = []
            if overdue.contains(a.id) { why.append("Overdue: due \(a.due.long)") }
            if let ids = offTrack[a.id] {
                why.append("Indicator off track: " + ids.compactMap { status.offTrajectory[$0] }.joined(separator: "; "))
            }
            if rag == .red, why.isEmpty { why.append(a.progress.last.map { "\($0.date.long): \($0.text)" } ?? "Red") }
            guard !why.isEmpty else { return nil }
            return [PackCell("\(a.id) \(a.title)"), PackCell(a.owner), PackCell(rag.rawValue.capitalizedFirst, rag: Self.rag(rag)),
                    PackCell(why.joined(separator: ". "))]
        }
        var blocks: [PackBlock] = [.subheading("Exceptions (\(rows.count))")]
        blocks.append(rows.isEmpty ? .paragraph("No action is red, overdue or off its indicator's trajectory.")
                                   : .table(PackTable(header: ["Action", "Owner", "RAG", "Why"], rows: rows)))
        let unanswered = status.coverage.unansweredFindings.count
        if unanswered > 0 {
            blocks.append(.paragraph("\(unanswered) inspection finding\(unanswered == 1 ? " has" : "s have") no action answering it."))
        }
        return blocks
    }

    /// Actions completed, started or reported on since the board last met (in the last 12 weeks
    /// when it has not met before).
    public func changedActions(_ plan: ImprovementPlan) -> [PlanAction] {
        let since = inputs.previousMeeting?.date ?? inputs.today.adding(days: -84)
        return plan.actions.filter { a in
            a.progress.contains { $0.date > since && $0.date <= inputs.today }
                || a.completed.map { $0 > since && $0 <= inputs.today } ?? false
                || a.start.map { $0 > since && $0 <= inputs.today } ?? false
        }
    }

    /// What other boards (or this one) have asked and been asked, for the meeting's pack: what
    /// this board received and must answer at this meeting, and what it sent that is still open.
    func recommendationBlocks() -> [PackBlock] {
        let p = inputs.status.programme
        let names = p.boardNames
        let received = p.received(at: inputs.meeting)
        let sent = p.recommendations.filter { made, r in made.boardID == inputs.board.id && made.date < inputs.meeting.date && r.isOpen }
        var blocks: [PackBlock] = []
        if !received.isEmpty {
            blocks.append(.subheading("Recommendations and requests to this board"))
            blocks.append(.table(PackTable(header: ["From", "Asks", "Due", "Response"], rows: received.map { made, r in
                [PackCell("\(names[made.boardID] ?? made.boardID), \(made.date.long)"), PackCell("\(r.kind.rawValue.capitalizedFirst): \(r.text)"),
                 PackCell(r.due?.long ?? "–"), PackCell(BoardRecommendationText.response(r))]
            })))
        }
        if !sent.isEmpty {
            blocks.append(.subheading("What this board has asked of others, still open"))
            blocks.append(.table(PackTable(header: ["To", "Asked", "Due", "Status"], rows: sent.map { made, r in
                [PackCell(BoardRecommendationText.addressee(r, names)), PackCell("\(r.text) (\(made.date.long))"), PackCell(r.due?.long ?? "–"),
                 PackCell(BoardRecommendationText.response(r))]
            })))
        }
        return blocks
    }

    public func arising() -> PackSectionContent {
        let recommendations = recommendationBlocks()
        let previous = inputs.previousMeeting
        // Open actions from the meetings before the last one are carried too, until done.
        let carried = inputs.status.programme.meetings
            .filter { m in m.boardID == inputs.board.id && previous.map { m.date < $0.date } ?? false }
            .flatMap(\.actionsArising)
            .filter { a in a.done.map { $0 > inputs.meeting.date } ?? true }
        let items = (previous?.actionsArising ?? []) + carried
        guard !items.isEmpty else {
            return PackSectionContent(kind: .arising, blocks: [.paragraph("No actions arose from the board's earlier meetings that are still to report.")]
                                      + recommendations)
        }
        let rows: [[PackCell]] = items.map { a in
            let state: PackCell
            if let done = a.done, done <= inputs.today {
                state = PackCell("Done \(done.long)", rag: .complete)
            } else if let due = a.due, due < inputs.today {
                state = PackCell("Overdue", rag: .red)
            } else {
                state = PackCell("Open", rag: .amber)
            }
            return [PackCell(a.text), PackCell(a.owner), PackCell(a.due?.long ?? "–"), state]
        }
        var blocks: [PackBlock] = []
        if let previous {
            blocks.append(.paragraph("Actions the board asked for on \(previous.date.long)"
                                     + (carried.isEmpty ? "." : ", and \(carried.count) still open from earlier meetings.")))
        }
        blocks.append(.table(PackTable(header: ["Action", "Owner", "Due", "Status"], rows: rows)))
        return PackSectionContent(kind: .arising, blocks: blocks + recommendations)
    }

    public func implications() -> PackSectionContent {
        var blocks: [PackBlock] = []
        for kind in MeetingPackText.Implication.allCases {
            blocks.append(.subheading(kind.title))
            if let text = inputs.text.implications[kind] {
                blocks.append(.paragraph(text))
            } else {
                blocks.append(.note("Not yet written: the report author adds it on the meeting's board pack page."))
            }
        }
        return PackSectionContent(kind: .implications, blocks: blocks)
    }
}
