import Foundation
import HearthApplication
import HearthCore
import HearthIndicators
import Hummingbird

/// `/api/v1/sef`: the versions of the self-evaluation, one version with its words and document,
/// a new version, and issuing one. The same service and rules as the pages: board roles read
/// issued versions only, as they went out; writes take the `X-CSRF-Token` header.
struct SelfEvaluationAPIController {
    let sef: SelfEvaluationService

    typealias Models = SelfEvaluationAPIModels

    func register(_ r: GuardedRouter) {
        r.get(Site.API.sef, .signedIn) { _, context in
            JSONResponse.make(try await sef.versions(for: Disclosure(role: context.user?.role)).map(Models.version))
        }
        r.post(Site.API.sef, .packWriters) { request, context in
            try CSRF.check(request.headers[.csrfToken], context)
            let body: Models.Narrative
            do { body = try JSONDecoder().decode(Models.Narrative.self, from: Data(buffer: try await request.body.collect(upTo: 1_048_576))) } catch {
                throw HTTPError(.badRequest, message: "the body is not a self-evaluation's words (see /api/openapi.json)")
            }
            let narrative = try SelfEvaluationController.narrative(summary: body.summary) { area, question in
                let a = body.areas?[area.rawValue]
                return [a?.whatWeKnow, a?.howWeKnow, a?.plans][question]
            }
            let v = try await sef.save(narrative, by: context.userName)
            return JSONResponse.make(Models.version(v), status: .created)
        }
        r.get(Site.API.sefVersion, .signedIn) { _, context in
            let disclosure = Disclosure(role: context.user?.role)
            let v = try await sef.version(Int(context.parameters.get("id") ?? ""), for: disclosure)
            if let frozen = try await sef.issuedJSON(v) {
                return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                                body: .init(byteBuffer: ByteBuffer(bytes: frozen)))
            }
            return JSONResponse.make(Models.detail(v, try await sef.document(v, disclosure: disclosure)))
        }
        r.post(Site.API.sefIssue, .planEditors) { request, context in
            try CSRF.check(request.headers[.csrfToken], context)
            guard let number = Int(context.parameters.get("id") ?? "") else {
                throw ApplicationError.notFound("There is no such version of the self-evaluation.")
            }
            let v = try await sef.issue(number, by: context.userName, json: Models.json)
            return JSONResponse.make(Models.version(v), status: .created)
        }
    }
}
