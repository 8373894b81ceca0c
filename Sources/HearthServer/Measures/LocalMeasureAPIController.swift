import Foundation
import HearthApplication
import HearthCore
import HearthData
import HearthIndicators
import Hummingbird

/// `/api/v1/measures` (the local measures: read, create, values in) and `/api/v1/targets` (the
/// target in force of every indicator and measure; one's history; set one). The same services
/// and the same disclosure as the pages; writes take the `X-CSRF-Token` header.
struct LocalMeasureAPIController {
    let measures: LocalMeasureService
    let targets: TargetService
    let indicators: IndicatorService

    typealias Models = LocalMeasureAPIModels

    func register(_ r: GuardedRouter) {
        r.get(Site.API.measures, .signedIn) { _, context in
            let disclosure = Disclosure(role: context.user?.role)
            var out: [Models.Measure] = []
            for m in try await measures.measures() where !disclosure.suppresses || m.boardVisible {
                out.append(Models.measure(m, try await indicators.summary(of: m.id), disclosure: disclosure, entries: nil))
            }
            return JSONResponse.make(out)
        }
        r.post(Site.API.measures, .packWriters) { request, context in
            try CSRF.check(request.headers[.csrfToken], context)
            let body = try await Self.decode(Models.MeasureBody.self, request)
            let draft = try Self.draft(body)
            let m = try await LocalMeasureController.refusingFields { try await measures.create(draft, by: context.userName) }
            return JSONResponse.make(Models.measure(m, try await indicators.summary(of: m.id), disclosure: .exact, entries: []),
                                     status: .created)
        }
        r.get(Site.API.measure, .signedIn) { _, context in
            let (m, disclosure) = try await visible(context)
            return JSONResponse.make(Models.measure(m, try await indicators.summary(of: m.id), disclosure: disclosure,
                                                    entries: try await measures.history(m.id)))
        }
        r.post(Site.API.measureValues, .packWriters) { request, context in
            try CSRF.check(request.headers[.csrfToken], context)
            let (m, _) = try await visible(context)
            let buffer = try await request.body.collect(upTo: 1_048_576)
            let data = Data(buffer: buffer)
            // One value, or a list of them stored all together or not at all.
            let list: [Models.ValueBody]
            if let many = try? JSONDecoder().decode([Models.ValueBody].self, from: data) { list = many }
            else if let one = try? JSONDecoder().decode(Models.ValueBody.self, from: data) { list = [one] }
            else { throw HTTPError(.badRequest, message: "the body is not a value or a list of values (see /api/openapi.json)") }
            let csv = try Self.csv(list)
            let result = try await measures.upload(m.id, bytes: Array(csv.utf8), fileName: "request body", by: context.userName)
            guard !result.stored.isEmpty else {
                throw FormInvalid(problems: result.problems.map { p in
                    // Line 2 of the CSV made here is item 0 of the list.
                    FormInvalid.Problem(field: p.field.map { f in p.line.map { "[\($0 - 2)].\(f)" } ?? f }, message: p.message)
                })
            }
            return JSONResponse.make(Models.measure(m, try await indicators.summary(of: m.id), disclosure: .exact,
                                                    entries: try await measures.history(m.id)), status: .created)
        }
        r.get(Site.API.targets, .signedIn) { _, context in
            let disclosure = Disclosure(role: context.user?.role)
            let defs = try await targets.targetable(for: disclosure)
            let t = indicators.targets
            return JSONResponse.make(defs.map { d in
                Models.Target(id: d.id.rawValue, title: d.title, target: t[d.id]?.target, tolerance: t[d.id]?.tolerance,
                              source: t[d.id]?.source, history: nil)
            })
        }
        r.get(Site.API.target, .signedIn) { _, context in
            JSONResponse.make(try await target(context))
        }
        r.post(Site.API.target, .planEditors) { request, context in
            try CSRF.check(request.headers[.csrfToken], context)
            let d = try await targetDefinition(context)
            let body = try await Self.decode(Models.TargetBody.self, request)
            guard let value = body.target else { throw FormInvalid("Enter the target", field: "target") }
            guard let tolerance = body.tolerance else { throw FormInvalid("Enter how far short is still amber", field: "tolerance") }
            let from = try FormValues.day(body.from, "day the target applies from", field: "from", required: false)
            let reason = try FormValues.text(body.reason, "reason", field: "reason", max: 500)
            _ = try await LocalMeasureController.refusingFields {
                try await targets.set(d.id.rawValue, target: value, tolerance: tolerance, from: from ?? ProgrammeClock.live.today(),
                                      reason: reason, by: context.userName)
            }
            return JSONResponse.make(try await target(context), status: .created)
        }
    }

    private func visible(_ context: AppContext) async throws -> (LocalMeasure, Disclosure) {
        let disclosure = Disclosure(role: context.user?.role)
        return (try await measures.measure(context.parameters.get("id"), for: disclosure), disclosure)
    }

    private func targetDefinition(_ context: AppContext) async throws -> IndicatorDefinition {
        try await targets.definition(context.parameters.get("id") ?? "", for: Disclosure(role: context.user?.role))
    }

    private func target(_ context: AppContext) async throws -> Models.Target {
        let d = try await targetDefinition(context)
        let t = indicators.targets[d.id]
        return Models.Target(id: d.id.rawValue, title: d.title, target: t?.target, tolerance: t?.tolerance, source: t?.source,
                             history: try await targets.history(d.id.rawValue).map(Models.Setting.init))
    }

    static func decode<T: Decodable>(_: T.Type, _ request: Request) async throws -> T {
        try await JSONBody.decode(T.self, request, limit: 64 * 1024)
    }

    static func draft(_ b: Models.MeasureBody) throws -> LocalMeasureService.Draft {
        try LocalMeasureController.draft(title: b.title, definition: b.definition, unit: b.unit, polarity: b.polarity,
                                         frequency: b.frequency, area: b.area, owner: b.owner, source: b.source,
                                         boardVisible: b.boardVisible ?? true, countsChildren: b.countsChildren ?? false)
    }

    /// The values as the CSV upload's rows, so the API and the upload are checked by one reader.
    static func csv(_ list: [Models.ValueBody]) throws -> String {
        guard !list.isEmpty, list.count <= 1_000 else { throw FormInvalid("Send between 1 and 1,000 values") }
        func n(_ v: Double?) -> String { v.map { String($0) } ?? "" }
        let rows = list.map { v in
            // A note's line breaks become spaces: each value is one line, so a problem's line is its item.
            let note = (v.note ?? "").replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
            return [v.period ?? "", n(v.value), n(v.numerator), n(v.denominator), note].map(CSVWriter.field).joined(separator: ",")
        }
        return LocalMeasureCSVReader.headings.joined(separator: ",") + "\n" + rows.joined(separator: "\n") + "\n"
    }
}
