import Foundation
import HearthApplication
import HearthCore
import HearthData
import HearthIndicators
import HearthReports
import HearthStore
import Hummingbird

/// The register of local measures (what no return holds): the list, a measure's page with its
/// run chart, values and history, the forms that make and change a measure, enter a value or
/// upload a CSV of them. Managers, analysts and admins write; everyone signed in reads, board
/// roles only the measures shown to boards, under the same disclosure as every figure.
struct LocalMeasureController {
    let measures: LocalMeasureService
    let indicators: IndicatorService
    let store: any Store
    let views: Views
    let spool: UploadSpool
    let clock: ProgrammeClock

    struct MeasureForm: SubmittedForm {
        let title: String?; let definition: String?; let unit: String?; let polarity: String?; let frequency: String?
        let area: String?; let owner: String?; let source: String?; let board_visible: String?; let counts_children: String?
        let _csrf: String?
    }

    struct ValueForm: SubmittedForm {
        let period: String?; let value: String?; let numerator: String?; let denominator: String?; let note: String?
        let _csrf: String?
    }

    func register(_ r: GuardedRouter) {
        r.get(Site.measures, .signedIn) { _, context in try await register(context) }
        r.get(Site.measureNew, .packWriters) { _, context in
            views.response("measure-form", try await form(nil, context))
        }
        r.post(Site.measureNew, .packWriters, form: MeasureForm.self, done: "Measure created.") { form, _, context in
            let m = try await Self.refusingFields { try await measures.create(try Self.draft(form), by: context.userName) }
            return .redirect(to: Site.measure(m.id), type: .normal)
        }
        r.get(Site.measure, .signedIn) { _, context in try await page(context) }
        r.get(Site.measureEdit, .packWriters) { _, context in
            let m = try await measures.measure(context.parameters.get("id"))
            return views.response("measure-form", try await form(m, context))
        }
        r.post(Site.measureEdit, .packWriters, form: MeasureForm.self, done: "Measure saved.") { form, _, context in
            let id = try await measures.measure(context.parameters.get("id")).id
            _ = try await Self.refusingFields { try await measures.update(id, try Self.draft(form), by: context.userName) }
            return .redirect(to: Site.measure(id), type: .normal)
        }
        r.post(Site.measureValues, .packWriters, form: ValueForm.self, done: "Value saved.") { form, _, context in
            let id = try await measures.measure(context.parameters.get("id")).id
            let value = try FormValues.number(form.value, "value", field: "value")
            let numerator = try Self.optionalNumber(form.numerator, "number of children counted", field: "numerator")
            let denominator = try Self.optionalNumber(form.denominator, "number of children it is of", field: "denominator")
            let note = try FormValues.text(form.note, "note", field: "note", required: false, max: 2000)
            _ = try await Self.refusingFields {
                try await measures.addValue(id, period: try FormValues.text(form.period, "period", field: "period", max: 40), value: value,
                                            numerator: numerator, denominator: denominator, note: note, by: context.userName)
            }
            return .redirect(to: Site.measure(id), type: .normal)
        }
        r.post(Site.measureUpload, .packWriters, showingForm: "Values uploaded.", page: Site.measure) { request, context in
            try await spool.withFolder { folder in try await upload(request, context, folder) }
        }
        r.get(Site.measureTemplate, .packWriters) { _, context in
            let m = try await measures.measure(context.parameters.get("id"))
            var response = Response(status: .ok, headers: [.contentType: "text/csv; charset=utf-8"],
                                    body: .init(byteBuffer: ByteBuffer(string: LocalMeasureCSVReader.template(m, today: clock.today()))))
            response.headers[.contentDisposition] = "attachment; filename=\"\(m.id)-values.csv\""
            return response
        }
    }

    // MARK: pages

    private func register(_ context: AppContext) async throws -> Response {
        let disclosure = Disclosure(role: context.user?.role)
        let summaries = try await indicators.allSummaries().filter { $0.definition.source == .local }
        let held = try await indicators.localMeasures()
        let rows = summaries.filter { !disclosure.suppresses || $0.definition.boardVisible }.compactMap { s -> LocalMeasurePages.Row? in
            guard let m = held.measure(s.definition.id.rawValue) else { return nil }
            let text = IndicatorText(summary: s, disclosure: disclosure)
            return .init(href: Site.measure(m.id), title: m.title, area: m.area.title, frequency: m.frequency.title,
                         value: text.value(s.latest), period: s.latest?.period.label ?? "no value yet", ragClass: text.ragClass,
                         ragLabel: text.ragLabel, owner: m.owner, boardVisible: m.boardVisible ? "Yes" : "No")
        }
        return views.response("measures", LocalMeasurePages.Register(
            page: try await chrome("Local measures", context), rows: rows, hasRows: !rows.isEmpty,
            canEdit: Access.packWriters.allows(context.user?.role), newHref: Site.measureNew.path))
    }

    private func page(_ context: AppContext) async throws -> Response {
        let disclosure = Disclosure(role: context.user?.role)
        let m = try await measures.measure(context.parameters.get("id"), for: disclosure)
        let s = try await indicators.summary(of: m.id)
        let text = IndicatorText(summary: s, disclosure: disclosure)
        let step: SeriesStep = switch m.frequency { case .monthly: .month; case .quarterly: .quarter; case .annual: .year }
        let name = await indicators.authorityName
        let canEdit = Access.packWriters.allows(context.user?.role)
        let all = try await measures.history(m.id)
        var seen = Set<Day>()
        let entries = all.map { v -> LocalMeasurePages.Entry in
            let replaced = !seen.insert(v.period.start).inserted
            let snap = LocalMeasures.snapshot(v, of: m, authority: indicators.authority)
            let terms = text.terms(snap)
            return .init(period: m.frequency.text(v.period), value: text.value(snap),
                         numerator: v.numerator == nil ? "" : terms.numerator, denominator: v.denominator == nil ? "" : terms.denominator,
                         note: text.note(snap) ?? "", enteredBy: v.enteredBy, enteredAt: Self.stamp(v.enteredAt), replaced: replaced)
        }
        let facts: [LocalMeasurePages.Fact] = [
            .init(key: "Unit", value: m.unit.title), .init(key: "Better when", value: m.polarity.title),
            .init(key: "Frequency", value: m.frequency.title), .init(key: "Area", value: m.area.title),
            .init(key: "Owner", value: m.owner), .init(key: "Source", value: m.source.isEmpty ? "not given" : m.source),
            .init(key: "Shown to board members", value: m.boardVisible ? "Yes" : "No"),
            .init(key: "Counts children", value: m.countsChildren ? "Yes: counts of 1 to 5 are shown to board roles as “c”" : "No"),
            .init(key: "Created", value: "by \(m.createdBy), \(Self.stamp(m.createdAt))"),
        ]
        return views.response("measure", LocalMeasurePages.Measure(
            page: try await chrome(m.title, context), id: m.id, title: m.title, definition: m.definition,
            value: text.value(s.latest), period: s.latest?.period.label ?? "no value yet", ragClass: text.ragClass,
            ragLabel: text.ragLabel, direction: text.directionText,
            target: text.targetText,
            targetHref: Site.target(m.id),
            runChart: IndicatorCharts.run(s, points: s.history, step: step, authority: name, disclosure: disclosure).svg,
            runCaption: "\(step.label): \(s.history.count) value\(s.history.count == 1 ? "" : "s")",
            entries: entries, hasEntries: !entries.isEmpty, facts: facts, canEdit: canEdit, editHref: Site.measureEdit(m.id),
            valuesAction: Site.measureValues(m.id), uploadAction: Site.measureUpload(m.id), templateHref: Site.measureTemplate(m.id),
            periodHint: "The \(m.frequency.rawValue) period, \(LocalMeasureCSVReader.example(m.frequency)). A period with a value already gets this one instead; the earlier stays in the history.",
            needsCounts: m.countsChildren && m.unit != .count, suppressed: disclosure.suppresses && m.countsChildren))
    }

    private func form(_ m: LocalMeasure?, _ context: AppContext) async throws -> LocalMeasurePages.Form {
        func options<T: RawRepresentable<String> & CaseIterable & Equatable>(_: T.Type, _ chosen: T?, _ title: (T) -> String) -> [LocalMeasurePages.Option] {
            T.allCases.map { option in .init(value: option.rawValue, label: title(option), selected: option == chosen) }
        }
        let users = try await store.users().map(\.name).sorted()
        let owner = m?.owner ?? context.userName
        return LocalMeasurePages.Form(
            page: try await chrome(m == nil ? "Create a local measure" : "Change \(m?.title ?? "")", context),
            heading: m == nil ? "Create a local measure" : "Change the measure", action: m.map { Site.measureEdit($0.id) } ?? Site.measureNew.path,
            title: m?.title ?? "", definition: m?.definition ?? "", source: m?.source ?? "",
            units: options(LocalMeasure.Unit.self, m?.unit ?? .percentage, \.title),
            polarities: options(LocalMeasure.Polarity.self, m?.polarity ?? .high, \.title),
            frequencies: options(LocalMeasure.Frequency.self, m?.frequency ?? .quarterly, \.title),
            areas: options(LocalMeasure.Area.self, m?.area ?? .other, \.title),
            owners: users.map { .init(value: $0, label: $0, selected: $0 == owner) },
            boardVisible: m?.boardVisible ?? true, countsChildren: m?.countsChildren ?? false,
            cancelHref: m.map { Site.measure($0.id) } ?? Site.measures.path)
    }

    // MARK: writes

    private func upload(_ request: Request, _ context: AppContext, _ folder: UploadSpool.Folder) async throws -> Response {
        let id = try await measures.measure(context.parameters.get("id")).id
        let upload = try await MultipartUpload.receive(request, into: folder, limit: 2 * 1_048_576)
        try CSRF.check(upload.fields[CSRF.field], context)
        guard let file = upload.files.first, let data = FileManager.default.contents(atPath: file.path) else {
            throw FormInvalid("Choose the CSV file of values", field: "file")
        }
        let result = try await measures.upload(id, bytes: [UInt8](data), fileName: file.lastPathComponent, by: context.userName)
        if result.stored.isEmpty {
            // Each problem with where it is, as a user finds it in a spreadsheet: "Line 3, column period".
            let listed = result.problems.prefix(20).map { p in
                let place = [p.line.map { "Line \($0)" }, p.field.map { "column \($0)" }].compactMap { $0 }.joined(separator: ", ")
                return FormInvalid.Problem(field: nil, message: (place.isEmpty ? "" : place + ": ") + p.message)
            }
            throw FormInvalid(problems: [FormInvalid.Problem(field: "file", message: "Nothing was stored from \(fileName(result.problems)): correct these rows and upload the file again")] + listed)
        }
        return .redirect(to: Site.measure(id), type: .normal)
    }

    private func fileName(_ problems: [DataProblem]) -> String { problems.first?.file ?? "the file" }

    static func draft(_ f: MeasureForm) throws -> LocalMeasureService.Draft {
        try draft(title: f.title, definition: f.definition, unit: f.unit, polarity: f.polarity, frequency: f.frequency, area: f.area,
                  owner: f.owner, source: f.source, boardVisible: f.board_visible != nil, countsChildren: f.counts_children != nil)
    }

    /// A measure's fields as the form and the API send them, each checked at its field.
    static func draft(title: String?, definition: String?, unit: String?, polarity: String?, frequency: String?, area: String?,
                      owner: String?, source: String?, boardVisible: Bool, countsChildren: Bool) throws -> LocalMeasureService.Draft {
        LocalMeasureService.Draft(
            title: try FormValues.text(title, "title", field: "title", max: 200),
            definition: try FormValues.text(definition, "definition", field: "definition", max: 2000),
            unit: try FormValues.choice(unit, "unit", field: "unit"),
            polarity: try FormValues.choice(polarity, "which way is better", field: "polarity"),
            frequency: try FormValues.choice(frequency, "frequency", field: "frequency"),
            area: try FormValues.choice(area, "area", field: "area"),
            owner: try FormValues.text(owner, "owner", field: "owner", max: 200),
            source: try FormValues.text(source, "source", field: "source", required: false, max: 500),
            boardVisible: boardVisible, countsChildren: countsChildren)
    }

    static func optionalNumber(_ text: String?, _ name: String, field: String) throws -> Double? {
        guard let t = text?.trimmingCharacters(in: .whitespaces), !t.isEmpty else { return nil }
        return try FormValues.number(t, name, field: field)
    }

    /// The service's field problems as the form's: each shown at its field.
    static func refusingFields<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let e as LocalMeasureService.InvalidFields {
            throw FormInvalid(problems: e.problems.map { FormInvalid.Problem(field: $0.field, message: $0.message) })
        }
    }

    static func stamp(_ date: Date) -> String {
        let london = TimeZone(identifier: "Europe/London") ?? .gmt
        var c = Calendar(identifier: .gregorian)
        c.timeZone = london
        let d = c.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%02d/%02d/%04d %02d:%02d", d.day ?? 0, d.month ?? 0, d.year ?? 0, d.hour ?? 0, d.minute ?? 0)
    }

    private func chrome(_ title: String, _ context: AppContext) async throws -> PageChrome {
        PageChrome(title: title, context: context, section: .measures, authorityName: await indicators.authorityName)
    }
}
