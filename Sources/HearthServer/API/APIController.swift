import Foundation
import HearthApplication
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
            return JSONResponse.make(try await indicators.allSummaries().map { indicator($0, disclosure, history: false) })
        }
        r.get(Site.API.indicator, .signedIn) { _, context in
            return JSONResponse.make(indicator(try await summary(context), Disclosure(role: context.user?.role), history: true))
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
        let s = try await indicators.summary(of: context.parameters.get("id"))
        return s
    }

    private func indicator(_ s: IndicatorSummary, _ disclosure: Disclosure, history: Bool) -> APIModels.Indicator {
        let d = s.definition
        let text = IndicatorText(summary: s, disclosure: disclosure)
        func figure(_ snap: IndicatorSnapshot) -> APIModels.Figure {
            let shown = text.figure(snap)
            let terms = text.terms(snap)
            return APIModels.Figure(
                period: snap.period.label, start: snap.period.start.description, end: snap.period.end.description,
                value: shown?.shown, shown: text.value(snap), numerator: terms.numerator, denominator: terms.denominator,
                suppressed: shown?.isSuppressed == true, computedAt: snap.computedAt, submissions: snap.sourceSubmissionIDs, note: text.note(snap))
        }
        return APIModels.Indicator(
            id: d.id.rawValue, title: d.title, definition: d.definition, numerator: d.numerator, denominator: d.denominator,
            unit: d.unit.rawValue, polarity: d.polarity.rawValue, periodKind: d.periodKind.rawValue, source: d.source.rawValue,
            publishedMeasure: d.published?.label, target: s.target?.target, rag: text.rag.text(\.rawValue), direction: text.direction.text(\.rawValue),
            latest: s.latest.map(figure), history: history ? s.history.map(figure) : nil)
    }
}
