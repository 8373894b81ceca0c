import Foundation
import HearthApplication
import HearthCore
import HearthIndicators
import HearthReports
import Hummingbird

/// The self-evaluation in the web app: `/sef` lists the versions (every one for officers, the
/// issued ones for board members, viewers and secretaries) and holds the form analysts,
/// managers and admins save a new version with; `/sef/:version` is the document itself, with
/// its Word and PDF files; managers and admins issue a version, which freezes it.
struct SelfEvaluationController {
    let sef: SelfEvaluationService
    let indicators: IndicatorService
    let views: Views

    /// The most a box may hold: a page or two of text.
    static let maxAnswer = 20_000

    func register(_ r: GuardedRouter) {
        r.get(Site.sef, .signedIn) { _, context in views.response("sef", try await page(context)) }
        r.post(Site.sef, .packWriters, form: [String: String].self, limit: 512 * 1024,
               done: "Saved as a new version of the self-evaluation.") { form, _, context in
            let narrative = try Self.narrative(summary: form["summary"]) { area, question in form[Self.field(area, question)] }
            let v = try await sef.save(narrative, by: context.userName)
            return .redirect(to: Site.sefVersion(v.version), type: .normal)
        }
        r.get(Site.sefVersion, .signedIn) { _, context in try await file(.html, context) }
        for format in [BoardPackService.Format.docx, .pdf] {
            r.get(Site.sefFile(format.rawValue), .signedIn) { _, context in try await file(format, context) }
        }
        r.post(Site.sefIssue, .planEditors, form: [String: String].self, done: "Issued: board members, viewers and secretaries now read this version.",
               page: Site.sef) { _, _, context in
            guard let number = Int(context.parameters.get("version") ?? "") else {
                throw ApplicationError.notFound("There is no such version of the self-evaluation.")
            }
            try await sef.issue(number, by: context.userName, json: SelfEvaluationAPIModels.json)
            return .redirect(to: Site.sef.path, type: .normal)
        }
    }

    /// The form field of one area's question: "help-and-protection-1".
    static func field(_ area: ILACSArea, _ question: Int) -> String { "\(area.rawValue)-\(question)" }

    /// The words of a form or an API body, each answer checked for length; at least one written.
    static func narrative(summary: String?, _ answer: (ILACSArea, Int) -> String?) throws -> SelfEvaluationNarrative {
        var n = SelfEvaluationNarrative(summary: try FormValues.text(summary, "summary", field: "summary", required: false, max: maxAnswer))
        for area in ILACSArea.allCases {
            let texts = try (0..<3).map { q in
                try FormValues.text(answer(area, q), "answer", field: field(area, q), required: false, max: maxAnswer)
                    .replacingOccurrences(of: "\r\n", with: "\n")
            }
            n[area] = SelfEvaluationNarrative.Answers(whatWeKnow: texts[0], howWeKnow: texts[1], plans: texts[2])
        }
        guard !n.summary.isEmpty || ILACSArea.allCases.contains(where: { !n[$0].isEmpty }) else {
            throw FormInvalid("Write the summary or at least one answer before saving a version.", field: "summary")
        }
        return n
    }

    /// A version's HTML, Word or PDF: an issued one as it went out, a draft written now for the
    /// officer reading it. A draft is not there for board roles (404).
    private func file(_ format: BoardPackService.Format, _ context: AppContext) async throws -> Response {
        let number = Int(context.parameters.get("version") ?? "")
        let data: Data
        do {
            data = try await sef.file(number, format: format, disclosure: Disclosure(role: context.user?.role),
                                      stylesheet: .link(Site.packStylesheet.path), back: (Site.sef.path, "Back to the self-evaluation in Hearth"),
                                      user: context.userName)
        } catch let error as ChromiumPrinter.PrintError {
            throw HTTPError(.serviceUnavailable, message: error.description)
        }
        // An issued version's HTML exactly as it went out, its own style sheet inside; a draft links the app's.
        if format == .html { return FrozenHTML.response(data) }
        var headers: HTTPFields = [.contentType: format.contentType]
        if format != .html {
            headers[.contentDisposition] = "attachment; filename=\"\(SelfEvaluationService.fileName(version: number ?? 0, format: format))\""
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    private func page(_ context: AppContext) async throws -> SelfEvaluationPages.Page {
        let role = context.user?.role
        let disclosure = Disclosure(role: role)
        let versions = try await sef.versions(for: disclosure)
        let canIssue = Access.planEditors.allows(role)
        let latest = versions.last
        let n = latest?.narrative ?? SelfEvaluationNarrative()
        return SelfEvaluationPages.Page(
            page: PageChrome(title: "Self-evaluation", context: context, section: .sef, authorityName: await indicators.authorityName),
            versions: versions.reversed().map { v in
                SelfEvaluationPages.Version(
                    number: v.version, saved: "\(v.createdBy), \(BoardPackController.when(v.createdAt))",
                    status: v.issuedAt.map { "Issued by \(v.issuedBy ?? ""), \(BoardPackController.when($0))" } ?? "Draft",
                    issued: v.isIssued, href: Site.sefVersion(v.version), docxHref: Site.sefFile("docx")(v.version),
                    pdfHref: v.isIssued ? (v.sha256["pdf"] == nil ? nil : Site.sefFile("pdf")(v.version))
                        : (sef.packs.printer == nil ? nil : Site.sefFile("pdf")(v.version)),
                    issueHref: canIssue && !v.isIssued ? Site.sefIssue(v.version) : nil)
            },
            hasVersions: !versions.isEmpty, seesDrafts: !disclosure.suppresses, canIssue: canIssue, canWrite: Access.packWriters.allows(role),
            startingFrom: latest.map { "version \($0.version)" }, action: Site.sef.path, summary: n.summary,
            areas: ILACSArea.allCases.map { area in
                let a = n[area]
                return SelfEvaluationPages.Area(code: area.rawValue, title: area.title, fields: zip(0..., [a.whatWeKnow, a.howWeKnow, a.plans]).map { q, text in
                    SelfEvaluationPages.Field(name: Self.field(area, q), label: SelfEvaluationNarrative.questions[q], text: text)
                })
            },
            questions: SelfEvaluationNarrative.questions)
    }
}
