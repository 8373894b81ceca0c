import HearthApplication
import HearthCore
import Hummingbird

/// The regulatory record: Ofsted's inspections and visits with their judgements and findings,
/// and DfE's intervention with its reviews. Managers keep it; everyone signed in reads it.
struct RegulatoryController {
    let programme: ProgrammeService
    let indicators: IndicatorService
    let views: Views

    struct InspectionForm: SubmittedForm {
        let kind: String?; let start: String?; let end: String?; let published: String?; let report: String?
        let overall: String?; let leaders: String?; let help: String?; let care: String?; let leavers: String?; let _csrf: String?
    }
    struct FindingForm: SubmittedForm { let kind: String?; let text: String?; let _csrf: String? }
    struct InterventionForm: SubmittedForm {
        let kind: String?; let issued: String?; let every: String?; let ended: String?; let outcome: String?; let inspection: String?
        let _csrf: String?
    }

    func register(_ r: GuardedRouter) {
        r.get(Site.inspections, .signedIn) { _, context in try await inspectionsPage(context) }
        r.post(Site.inspections, .planEditors, form: InspectionForm.self, done: "Inspection added.") { form, request, context in
            let taken = try await programme.programme().inspections.map(\.id)
            guard let start = try FormValues.day(form.start, "start date", field: "start") else { throw HTTPError(.badRequest) }
            var inspection = Inspection(id: FormValues.uniqueID("i-\(start.iso)", taken: taken),
                                        kind: try FormValues.choice(form.kind, "kind of inspection", field: "kind"), startDate: start)
            try apply(form, to: &inspection)
            try await programme.saveInspection(inspection, by: user(context))
            return .redirect(to: Site.inspection(inspection.id), type: .normal)
        }
        r.get(Site.inspection, .signedIn) { _, context in try await inspectionPage(context) }
        r.post(Site.inspection, .planEditors, form: InspectionForm.self, done: "Inspection saved.") { form, request, context in
            var inspection = try await inspection(context)
            if let start = try FormValues.day(form.start, "start date", field: "start", required: false) { inspection.startDate = start }
            try apply(form, to: &inspection)
            try await programme.saveInspection(inspection, by: user(context))
            return .redirect(to: Site.inspection(inspection.id), type: .normal)
        }
        r.post(Site.findings, .planEditors, form: FindingForm.self, done: "Finding added.") { form, request, context in
            var inspection = try await inspection(context)
            let all = try await programme.programme().findings.map(\.id)
            inspection.findings.append(Finding(id: FormValues.nextID("F", taken: all), kind: try FormValues.choice(form.kind, "kind of finding", field: "kind"),
                                               text: try FormValues.text(form.text, "finding", field: "text", max: 4000)))
            try await programme.saveInspection(inspection, by: user(context))
            return .redirect(to: Site.inspection(inspection.id) + "#findings", type: .normal)
        }
        r.post(Site.finding, .planEditors, form: FindingForm.self, done: "Finding saved.") { form, request, context in
            var inspection = try await inspection(context)
            guard let i = inspection.findings.firstIndex(where: { $0.id == context.parameter("finding") }) else {
                throw ApplicationError.notFound("The inspection has no such finding.")
            }
            inspection.findings[i].kind = try FormValues.choice(form.kind, "kind of finding", field: "kind")
            inspection.findings[i].text = try FormValues.text(form.text, "finding", field: "text", max: 4000)
            try await programme.saveInspection(inspection, by: user(context))
            return .redirect(to: Site.inspection(inspection.id) + "#findings", type: .normal)
        }
        r.get(Site.interventions, .signedIn) { _, context in try await interventionsPage(context) }
        r.post(Site.interventions, .planEditors, form: InterventionForm.self, done: "Intervention added.") { form, request, context in
            let kind: Intervention.Kind = try FormValues.choice(form.kind, "kind of intervention", field: "kind")
            guard let issued = try FormValues.day(form.issued, "date issued", field: "issued") else { throw HTTPError(.badRequest) }
            let taken = try await programme.programme().interventions.map(\.id)
            let base = "\(kind.rawValue.replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: "'", with: ""))-\(issued.iso)"
            var n = Intervention(id: FormValues.uniqueID(base, taken: taken), kind: kind, issued: issued)
            try apply(form, to: &n)
            try await programme.saveIntervention(n, by: user(context))
            return .redirect(to: Site.interventions.path, type: .normal)
        }
        r.post(Site.intervention, .planEditors, form: InterventionForm.self, done: "Intervention saved.") { form, request, context in
            var n = try await programme.programme().intervention(context.parameter("id"))
            try apply(form, to: &n)
            try await programme.saveIntervention(n, by: user(context))
            return .redirect(to: Site.interventions.path, type: .normal)
        }
    }

    // MARK: pages

    private func inspectionsPage(_ context: AppContext) async throws -> Response {
        let p = try await programme.programme()
        return views.response("inspections", RegulatoryPages.Inspections(
            page: try await chrome("Inspections and visits", context),
            inspections: p.inspections.reversed().map {
                RegulatoryPages.InspectionRow(id: $0.id, href: Site.inspection($0.id), kind: $0.kind.rawValue.capitalizedFirst, start: $0.startDate.long,
                                              published: $0.publishedDate?.long ?? "", overall: $0.overallEffectiveness?.description,
                                              overallCSS: $0.overallEffectiveness.map(ProgrammeController.css) ?? "", findings: $0.findings.count)
            },
            canEdit: Access.planEditors.allows(context.user?.role),
            kindChoices: Inspection.Kind.allCases.map { Choice(value: $0.rawValue, label: $0.rawValue, selected: false) },
            gradeChoices: Self.gradeChoices(nil)))
    }

    private func inspectionPage(_ context: AppContext) async throws -> Response {
        let status = try await programme.status()
        let i = try await inspection(context)
        let j = i.judgements
        func field(_ name: String, _ label: String, _ g: OfstedGrade?) -> RegulatoryPages.GradeField {
            RegulatoryPages.GradeField(name: name, label: label, grade: g?.description ?? "not graded", css: g.map(ProgrammeController.css) ?? "tag-grey",
                                       choices: Self.gradeChoices(g))
        }
        let due = ProgrammeDeadlines(calendar: programme.calendar).actionPlanDue(after: i)
        return views.response("inspection", RegulatoryPages.Inspection(
            page: try await chrome("\(i.kind.rawValue.capitalizedFirst), \(i.startDate.long)", context),
            id: i.id, kind: i.kind.rawValue.capitalizedFirst, start: i.startDate.long, end: i.endDate?.long,
            published: i.publishedDate?.long ?? "not yet published", reportURL: Self.safeURL(i.reportURL).nonEmpty,
            actionPlanDue: due?.long,
            grades: [field("overall", "Overall effectiveness", i.overallEffectiveness),
                     field("leaders", "Impact of leaders on social work practice", j.impactOfLeaders),
                     field("help", "Children who need help and protection", j.helpAndProtection),
                     field("care", "Children in care", j.childrenInCare),
                     field("leavers", "Care leavers", j.careLeavers)],
            findings: i.findings.map { FindingRow($0, of: i, status: status) }, canEdit: Access.planEditors.allows(context.user?.role),
            findingKinds: Finding.Kind.allCases.map { Choice(value: $0.rawValue, label: $0.rawValue, selected: false) },
            startInput: DateInput("start", id: "start", label: "First day", value: i.startDate),
            endInput: DateInput("end", id: "end", label: "Last day", value: i.endDate),
            publishedInput: DateInput("published", id: "published", label: "Report published", value: i.publishedDate)))
    }

    private func interventionsPage(_ context: AppContext) async throws -> Response {
        let today = programme.today
        let p = try await programme.programme()
        return views.response("interventions", RegulatoryPages.Interventions(
            page: try await chrome("DfE intervention", context),
            interventions: p.interventions.reversed().map { n in
                RegulatoryPages.InterventionRow(
                    id: n.id, kind: n.kind.rawValue.capitalizedFirst, issued: n.issued.long,
                    cadence: n.reviewEveryMonths > 0 ? "Reviewed every \(n.reviewEveryMonths) months." : "No review cadence is set.",
                    reviews: n.reviewDates(until: today).enumerated().map { "\(($0.offset + 1) * n.reviewEveryMonths)-month review, \($0.element.long)" },
                    nextReview: n.nextReview(after: today).map { "Next review \($0.long)." } ?? "No review date is known.", ended: n.ended?.long ?? "", endedInput: DateInput("ended", id: "ended-\(n.id)", label: "Ended", value: n.ended),
                    outcome: n.outcome, inForce: n.ended.map { $0 > today } ?? true,
                    ledBy: p.inspections.first { $0.id == n.inspectionID }.map {
                        RegulatoryPages.Link(title: "\($0.kind.rawValue.capitalizedFirst), \($0.startDate.long)", href: Site.inspection($0.id))
                    },
                    sources: p.sources.filter { $0.interventionID == n.id }.map {
                        RegulatoryPages.Link(title: "\($0.kind.rawValue.capitalizedFirst): \($0.title), \($0.date.long)", href: Site.source($0.id))
                    },
                    inspectionChoices: Self.inspectionChoices(p, selected: n.inspectionID))
            },
            canEdit: Access.planEditors.allows(context.user?.role),
            kindChoices: Intervention.Kind.allCases.map { Choice(value: $0.rawValue, label: $0.rawValue, selected: false) },
            inspectionChoices: Self.inspectionChoices(p, selected: nil)))
    }

    // MARK: helpers

    private func apply(_ form: InspectionForm, to i: inout Inspection) throws {
        if let k = form.kind, !k.isEmpty { i.kind = try FormValues.choice(k, "kind of inspection", field: "kind") }
        i.endDate = try FormValues.day(form.end, "end date", field: "end", required: false)
        i.publishedDate = try FormValues.day(form.published, "publication date", field: "published", required: false)
        let report = try FormValues.text(form.report, "report link", field: "report", required: false, max: 500)
        guard report.isEmpty || report.hasPrefix("https://") || report.hasPrefix("http://") else {
            throw HTTPError(.badRequest, message: "The report link must start with https://.")
        }
        i.reportURL = report.isEmpty ? nil : report
        func grade(_ v: String?) -> OfstedGrade? { v.flatMap { OfstedGrade(text: $0) } }
        i.overallEffectiveness = grade(form.overall)
        i.judgements = .init(impactOfLeaders: grade(form.leaders), helpAndProtection: grade(form.help),
                             childrenInCare: grade(form.care), careLeavers: grade(form.leavers))
    }

    private func apply(_ form: InterventionForm, to n: inout Intervention) throws {
        if let every = form.every, !every.isEmpty {
            guard let m = Int(every), (0...24).contains(m) else { throw HTTPError(.badRequest, message: "Enter the months between reviews (0 to 24).") }
            n.reviewEveryMonths = m
        }
        n.ended = try FormValues.day(form.ended, "date it ended", field: "ended", required: false)
        let outcome = try FormValues.text(form.outcome, "outcome", field: "outcome", required: false, max: 2000)
        n.outcome = outcome.isEmpty ? nil : outcome
        // Absent from a form that does not ask (it keeps the link); blank for none.
        if let i = form.inspection { n.inspectionID = i.isEmpty ? nil : i }
    }

    /// The inspections and visits an intervention may have followed, newest first.
    static func inspectionChoices(_ p: Programme, selected: String?) -> [Choice] {
        [Choice(value: "", label: "not recorded", selected: selected == nil)] + p.inspections.reversed().map {
            Choice(value: $0.id, label: "\($0.kind.rawValue.capitalizedFirst), \($0.startDate.long)", selected: $0.id == selected)
        }
    }

    private func inspection(_ context: AppContext) async throws -> Inspection {
        let i = try await programme.programme().inspection(context.parameter("id"))
        return i
    }

    static func gradeChoices(_ selected: OfstedGrade?) -> [Choice] {
        [Choice(value: "", label: "not graded", selected: selected == nil)]
            + OfstedGrade.allCases.map { Choice(value: String($0.rawValue), label: $0.description, selected: $0 == selected) }
    }

    /// Only web links are shown as links (a stored `javascript:` address must never become one).
    static func safeURL(_ url: String?) -> String {
        guard let url, url.hasPrefix("https://") || url.hasPrefix("http://") else { return "" }
        return url
    }

    private func chrome(_ title: String, _ context: AppContext) async throws -> PageChrome {
        PageChrome(title: title, context: context, section: .programme, authorityName: await indicators.authorityName)
    }

    private func user(_ context: AppContext) -> String { context.user?.name ?? "" }
}
