import Foundation
import HearthApplication
import HearthCore
import Hummingbird
import HearthIndicators
import HearthReports
import HearthStore

/// /api/v1: the same figures as the pages, as JSON, with the same roles and suppression.
struct APIController {
    let indicators: IndicatorService
    let store: any Store
    let drillDown: DrillDownController
    let openAPI: ByteBuffer
    /// Who may read the OpenAPI document: it maps every route, so not the anonymous internet.
    let operators: OperatorAccess

    func register(_ r: GuardedRouter) {
        r.get(Site.openAPI, OperatorAccess.roles, admit: operators.admits) { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: openAPI))
        }
        r.get(Site.API.indicators, .signedIn) { _, context in
            let disclosure = Disclosure(role: context.user?.role)
            return JSONResponse.make(try await indicators.summaries(for: disclosure).map { indicator($0, disclosure, history: false) })
        }
        r.get(Site.API.indicator, .signedIn) { request, context in
            let s = try await summary(context)
            let disclosure = Disclosure(role: context.user?.role)
            var answer = indicator(s, disclosure, history: true)
            // ?period=: the stored figure for that period, as the command line names periods.
            if let asked = request.uri.queryParameters.get("period") {
                let period = try Self.period(asked)
                guard let snapshot = try await indicators.snapshot(s.definition.id, period: period) else {
                    throw ApplicationError.notFound("No figure of \(s.definition.id) is stored for \(period.label): the returns held do not cover it.")
                }
                answer.figure = figure(snapshot, IndicatorText(summary: s, disclosure: disclosure))
            }
            return JSONResponse.make(answer)
        }
        r.get(Site.API.series, .signedIn) { request, context in
            let s = try await summary(context)
            let asked = request.uri.queryParameters.get("step") ?? SeriesStep.month.rawValue
            guard let step = SeriesStep(rawValue: asked) else {
                throw FormInvalid("step must be one of \(SeriesStep.allCases.map(\.rawValue).joined(separator: ", ")).", field: "step")
            }
            let text = IndicatorText(summary: s, disclosure: Disclosure(role: context.user?.role))
            return JSONResponse.make(try await indicators.series(s.definition.id, step: step).map { figure($0, text) })
        }
        r.get(Site.API.benchmarks, .signedIn) { _, context in
            let s = try await summary(context)
            guard let p = s.published else { throw ApplicationError.notFound("DfE does not publish \(s.definition.id).") }
            func area(_ a: BenchmarkComparison.Area) -> APIModels.Area {
                .init(code: a.code, name: a.name, value: a.value.number, shown: a.value.description)
            }
            return JSONResponse.make(APIModels.Benchmarks(
                indicator: p.indicatorID.rawValue, year: p.year, authority: area(p.authority), england: p.england.number, englandShown: p.england.description,
                region: area(p.region), neighbours: p.neighbours.map(area), neighbourMean: p.neighbourMean,
                neighbourMedian: p.neighbourMedian, rank: p.rank, rankedAuthorities: p.rankedAuthorities, quartile: p.quartile,
                rankedFrom: p.rankedFrom, polarity: p.polarity.rawValue, basis: p.basis))
        }
        r.get(Site.API.children, .childLevel) { request, context in
            let result = try await drillDown.compute(request, context)
            return JSONResponse.make(APIModels.DrillDown(
                indicator: result.id.rawValue, period: result.period.label, value: result.value, numerator: result.numerator,
                denominator: result.denominator,
                members: result.membersByDate.map { .init(child: $0.childID, date: $0.date?.description, inNumerator: $0.inNumerator, reason: $0.reason) }))
        }
        r.get(Site.API.submissions, .childLevel) { _, _ in
            JSONResponse.make(try await store.submissions(authority: indicators.authority).map {
                APIModels.Submission(id: $0.id, authority: $0.authority, collectionYear: $0.collectionYear, importedBy: $0.importedBy,
                                     importedAt: $0.importedAt, sha256: $0.setSHA256, files: $0.fileCount, rows: $0.rowCount,
                                     parts: $0.parts.map(\.description))
            })
        }
    }

    private func summary(_ context: AppContext) async throws -> IndicatorSummary {
        try await indicators.summary(of: context.parameters.get("id"), for: Disclosure(role: context.user?.role))
    }

    /// A period as the command line writes it; anything else is refused by the parameter's name.
    static func period(_ text: String) throws -> ReportingPeriod {
        guard let period = ReportingPeriod(parsing: text) else {
            throw FormInvalid("period \"\(text)\" is not understood: use 2024-25, 2024-25-Q3, 2025-01 or rolling:2025-11-30.", field: "period")
        }
        return period
    }

    /// One stored figure as the caller's role may see it.
    private func figure(_ snap: IndicatorSnapshot, _ text: IndicatorText) -> APIModels.Figure {
        let shown = text.figure(snap)
        let terms = text.terms(snap)
        return APIModels.Figure(
            period: snap.period.label, start: snap.period.start.description, end: snap.period.end.description,
            value: shown?.shown, shown: text.value(snap), numerator: terms.numerator, denominator: terms.denominator,
            suppressed: shown?.isSuppressed == true, computedAt: snap.computedAt, submissions: snap.sourceSubmissionIDs, note: text.note(snap))
    }

    private func indicator(_ s: IndicatorSummary, _ disclosure: Disclosure, history: Bool) -> APIModels.Indicator {
        let d = s.definition
        let text = IndicatorText(summary: s, disclosure: disclosure)
        func figure(_ snap: IndicatorSnapshot) -> APIModels.Figure { self.figure(snap, text) }
        return APIModels.Indicator(
            id: d.id.rawValue, title: d.title, definition: d.definition, numerator: d.numerator, denominator: d.denominator,
            unit: d.unit.rawValue, polarity: d.polarity.rawValue, periodKind: d.periodKind.rawValue, source: d.source.rawValue,
            publishedMeasure: d.published?.label, target: s.target?.target, rag: text.rag.text(\.rawValue), direction: text.direction.text(\.rawValue),
            latest: s.latest.map(figure), history: history ? s.history.map(figure) : nil)
    }
}
