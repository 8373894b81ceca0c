import Foundation
import HearthApplication
import HearthCore
import HearthStore
import Hummingbird

/// A pack's lifecycle through the API, as on its page: a manager signs off the draft and issues
/// it (a re-issue with its reason); anyone signed in lists the issued versions, whose files are
/// at the page's `versions/{n}/board-pack.{html,pdf,docx}`.
extension BoardPackController {
    struct IssueBody: Decodable { let reason: String? }

    struct VersionModel: Encodable {
        let version: Int
        let issuedBy: String
        let issuedAt: Date
        let signedOffBy: String
        let signedOffAt: Date
        let reason: String
        let dataTo: String
        let sha256: [String: String]
        let files: [String: String]

        init(_ r: IssuedPack.Record) {
            version = r.version; issuedBy = r.issuedBy; issuedAt = r.issuedAt
            signedOffBy = r.signOff.by; signedOffAt = r.signOff.at
            reason = r.reason; dataTo = r.dataTo; sha256 = r.sha256
            files = Dictionary(uniqueKeysWithValues: r.sha256.keys.filter { $0 != "json" }.map { ($0, Site.issuedPack(r.meetingID, version: r.version, format: $0)) })
        }
    }

    func registerAPI(_ r: GuardedRouter) {
        r.post(Site.API.packSignOff, .planEditors) { request, context in
            try CSRF.check(request.headers[.csrfToken], context)
            let meeting = try await meeting(context)
            try await packs.signOff(meeting: meeting, by: context.user?.name ?? "")
            let signOff = try await packs.signOff(meeting: meeting.id)
            return JSONResponse.make(object: ["meeting": meeting.id, "signedOffBy": signOff?.by ?? "",
                                              "signedOffAt": signOff.map { ISO8601DateFormatter().string(from: $0.at) } ?? ""], status: .created)
        }
        r.post(Site.API.packIssue, .planEditors) { request, context in
            try CSRF.check(request.headers[.csrfToken], context)
            let meeting = try await meeting(context)
            let buffer = try await request.body.collect(upTo: 16 * 1024)
            let body = buffer.readableBytes == 0 ? IssueBody(reason: nil) : try? JSONDecoder().decode(IssueBody.self, from: Data(buffer: buffer))
            guard let body else { throw HTTPError(.badRequest, message: "the body is not the JSON this operation takes (see /api/openapi.json)") }
            let reason = try FormValues.text(body.reason, "reason", field: "reason", required: false, max: 2_000)
            let record = try await packs.issue(meeting: meeting, by: context.user?.name ?? "", reason: reason, json: Self.json)
            return JSONResponse.make(VersionModel(record), status: .created)
        }
        r.get(Site.API.packVersions, .signedIn) { _, context in
            let meeting = try await meeting(context)
            return JSONResponse.make(try await packs.issuedVersions(meeting: meeting.id).map(VersionModel.init))
        }
    }
}
