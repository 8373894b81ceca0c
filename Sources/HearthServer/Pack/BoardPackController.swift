import Foundation
import HearthApplication
import HearthCore
import HearthIndicators
import HearthReports
import Hummingbird

/// A meeting's board pack in the web app: the page that prepares it (commentary by indicator,
/// implications), the pack itself as HTML, PDF and Word, and each board's choice of sections
/// and cover. Every signed-in user may read a pack: it holds aggregates only, suppressed.
struct BoardPackController {
    let packs: BoardPackService
    let programme: ProgrammeService
    let indicators: IndicatorService
    let views: Views

    func register(_ r: GuardedRouter) {
        r.get(Site.meetingPackPage, .signedIn) { _, context in try await packPage(context) }
        r.post(Site.meetingPackPage, .packWriters, form: [String: String].self, limit: 512 * 1024,
               done: "Commentary saved: the pack now carries it.") { form, request, context in
            let meeting = try await meeting(context)
            var commentary: [String: String] = [:]
            var implications: [MeetingPackText.Implication: String] = [:]
            let known = Set(indicators.catalogue.definitions.map(\.id.rawValue))
            for (key, value) in form {
                if key.hasPrefix("commentary-"), known.contains(String(key.dropFirst(11))) {
                    commentary[String(key.dropFirst(11))] = try FormValues.text(value, "commentary", field: key, required: false, max: 20_000)
                } else if key.hasPrefix("implication-"), let kind = MeetingPackText.Implication(rawValue: String(key.dropFirst(12))) {
                    implications[kind] = try FormValues.text(value, kind.title.lowercased(), field: key, required: false, max: 20_000)
                }
            }
            // The key messages are a manager's and have their own form: kept as they are. Each
            // commentary records the figure it was written beside (kept while its words are unchanged).
            let old = try await packs.text(meeting: meeting.id)
            let summaries = try await indicators.allSummaries()
            var figures: [String: String] = [:]
            for (id, words) in commentary {
                if words == old.commentary[id], let recorded = old.commentaryFigures[id] {
                    figures[id] = recorded
                } else if let s = summaries.first(where: { $0.definition.id.rawValue == id }) {
                    figures[id] = Self.figureText(s)
                }
            }
            try await packs.saveText(MeetingPackText(meetingID: meeting.id, commentary: commentary, implications: implications,
                                                     keyMessages: old.keyMessages, commentaryFigures: figures), by: context.user?.name ?? "")
            return .redirect(to: Site.meetingPack(meeting.id), type: .normal)
        }
        for format in BoardPackService.Format.allCases {
            r.get(Site.meetingPackFile(format.rawValue), .signedIn) { _, context in
                // Board members, viewers and secretaries read what was issued, never the draft.
                guard Access.packWriters.allows(context.user?.role) else { return try await latestIssued(format.rawValue, context) }
                return try await download(format, context)
            }
            r.get(Site.issuedPackFile(format.rawValue), .signedIn) { _, context in
                let meeting = try await meeting(context)
                guard let version = Int(context.parameters.get("version") ?? "") else {
                    throw ApplicationError.notFound("There is no such version of this pack.")
                }
                return try await issuedFile(format.rawValue, meeting: meeting, version: version, context)
            }
        }
        r.get(Site.API.meetingPack, .signedIn) { _, context in
            guard Access.packWriters.allows(context.user?.role) else { return try await latestIssued("json", context) }
            let meeting = try await meeting(context)
            let pack = try await packs.pack(meeting: meeting.id)
            try await packs.audit(context.user?.name ?? "", "download board pack (json)", meeting: meeting)
            return JSONResponse.make(BoardPackAPIModel(pack))
        }
        registerAPI(r)
        r.post(Site.packKeyMessages, .planEditors, form: [String: String].self, limit: 256 * 1024,
               done: "Key messages saved: the pack now opens with them.") { form, _, context in
            let meeting = try await meeting(context)
            let old = try await packs.text(meeting: meeting.id)
            let generated = KeyMessages(try await packs.inputs(meeting: meeting.id).with(text: MeetingPackText(meetingID: meeting.id)))
            var messages: [MeetingPackText.KeyMessageGroup: String] = [:]
            for group in MeetingPackText.KeyMessageGroup.allCases {
                let typed = try FormValues.text(form["km-\(group.rawValue)"], group.title.lowercased(), field: "km-\(group.rawValue)",
                                                required: false, max: 20_000).replacingOccurrences(of: "\r\n", with: "\n")
                // Left as Hearth wrote it: not stored, so it follows the figures until someone rewords it.
                let hearths = KeyMessages.lines(generated.groups.first { $0.kind == group }?.messages ?? [])
                if typed.trimmingCharacters(in: .whitespacesAndNewlines) != hearths.trimmingCharacters(in: .whitespacesAndNewlines) {
                    messages[group] = typed
                }
            }
            try await packs.saveText(MeetingPackText(meetingID: meeting.id, commentary: old.commentary, implications: old.implications,
                                                     keyMessages: messages, commentaryFigures: old.commentaryFigures), by: context.user?.name ?? "")
            return .redirect(to: Site.meetingPack(meeting.id) + "#key-messages", type: .normal)
        }
        r.post(Site.packSignOff, .planEditors, form: [String: String].self, done: "Pack signed off: it can now be issued.") { _, _, context in
            let meeting = try await meeting(context)
            try await packs.signOff(meeting: meeting, by: context.user?.name ?? "")
            return .redirect(to: Site.meetingPack(meeting.id), type: .normal)
        }
        r.post(Site.packIssue, .planEditors, form: [String: String].self,
               done: "Pack issued: board members, viewers and secretaries now read this version.") { form, _, context in
            let meeting = try await meeting(context)
            let reason = try FormValues.text(form["reason"], "reason", field: "reason", required: false, max: 2_000)
            do {
                try await packs.issue(meeting: meeting, by: context.user?.name ?? "", reason: reason, json: Self.json)
            } catch let error as ApplicationError where error.kind == .invalid {
                throw FormInvalid(error.message, field: "reason")
            }
            return .redirect(to: Site.meetingPack(meeting.id), type: .normal)
        }
        r.get(Site.packSettings, .planEditors) { _, context in try await settingsPage(context) }
        r.post(Site.packSettings, .planEditors, form: [String: String].self, done: "Pack settings saved.") { form, request, context in
            let board = try await board(context)
            let sections = PackSection.allCases.filter { form["section-\($0.rawValue)"] == "on" }
            guard sections.contains(where: { $0 != .cover }) else {
                throw HTTPError(.badRequest, message: "Choose at least one section besides the cover.")
            }
            let settings = PackSettings(
                boardID: board.id, sections: sections, reportTo: try FormValues.text(form["reportTo"], "report to", field: "reportTo", max: 200),
                reportingOfficer: try FormValues.text(form["reportingOfficer"], "reporting officer", field: "reportingOfficer", required: false, max: 200),
                portfolio: try FormValues.text(form["portfolio"], "portfolio", field: "portfolio", required: false, max: 200),
                wards: try FormValues.text(form["wards"], "wards", field: "wards", required: false, max: 500),
                purpose: try FormValues.text(form["purpose"], "purpose", field: "purpose", required: false, max: 5_000),
                recommendation: try FormValues.text(form["recommendation"], "recommendation", field: "recommendation", required: false, max: 5_000))
            try await packs.saveSettings(settings, by: context.user?.name ?? "")
            return .redirect(to: Site.board(board.id), type: .normal)
        }
    }

    /// The pack as the API gives it: what an issued version keeps as its JSON.
    static func json(_ pack: BoardPack) throws -> Data { try JSONEncoder().encode(BoardPackAPIModel(pack)) }

    func meeting(_ context: AppContext) async throws -> Meeting {
        try await programme.programme().meeting(context.parameter("id"))
    }

    private func board(_ context: AppContext) async throws -> Board {
        try await programme.programme().board(context.parameter("id"))
    }

    /// The newest issued version's file: what a board member reads. None yet is a 404 that says so.
    private func latestIssued(_ format: String, _ context: AppContext) async throws -> Response {
        let meeting = try await meeting(context)
        guard let newest = try await packs.issuedVersions(meeting: meeting.id).last else {
            throw ApplicationError.notFound("The pack for this meeting has not been issued yet: it can be read once a manager has signed it off and issued it.")
        }
        return try await issuedFile(format, meeting: meeting, version: newest.version, context)
    }

    /// An issued version's file exactly as it went out (never recomputed).
    private func issuedFile(_ format: String, meeting: Meeting, version: Int, _ context: AppContext) async throws -> Response {
        let issued = try await packs.issued(meeting: meeting.id, version: version)
        guard let data = issued.files[format] else {
            throw ApplicationError.notFound("Version \(version) was issued without a \(format.uppercased()) file (this server could not print one): read the HTML or the Word file.")
        }
        try await packs.audit(context.user?.name ?? "", "read issued board pack version \(version) (\(format))", meeting: meeting)
        if format == "html" { return FrozenHTML.response(data) }
        let type = BoardPackService.Format(rawValue: format)?.contentType ?? "application/json; charset=utf-8"
        var headers: HTTPFields = [.contentType: type]
        if format == "pdf" || format == "docx" {
            headers[.contentDisposition] = "attachment; filename=\"\(meeting.boardID)-\(meeting.date.iso)-board-pack-v\(version).\(format)\""
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    private func download(_ format: BoardPackService.Format, _ context: AppContext) async throws -> Response {
        let meeting = try await meeting(context)
        let pack = try await packs.pack(meeting: meeting.id)
        let data: Data
        do {
            data = try await packs.render(pack, as: format, stylesheet: .link(Site.packStylesheet.path),
                                          back: (Site.meetingPack(meeting.id), "Back to the board pack page in Hearth"))
        } catch let error as ChromiumPrinter.PrintError {
            throw HTTPError(.serviceUnavailable, message: error.description)
        }
        try await packs.audit(context.user?.name ?? "", "download board pack (\(format.rawValue))", meeting: meeting)
        var headers: HTTPFields = [.contentType: format.contentType]
        if format != .html {
            headers[.contentDisposition] = "attachment; filename=\"\(BoardPackService.fileName(pack, meeting: meeting, format: format))\""
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    private func packPage(_ context: AppContext) async throws -> Response {
        let status = try await programme.status()
        let (meeting, board) = try status.programme.meetingAndBoard(context.parameter("id"))
        let settings = try await packs.settings(for: board)
        let text = try await packs.text(meeting: meeting.id)
        let areas = Set(settings.sections.compactMap(IndicatorArea.init(section:)))
        let summaries = try await indicators.summaries(for: .aggregate).filter { areas.contains($0.definition.area) }
        let fields = summaries.map { s -> BoardPackPages.Indicator in
            let t = IndicatorText(summary: s, disclosure: .aggregate)
            let id = s.definition.id.rawValue
            let now = Self.figureText(s)
            let moved = text.commentary[id] != nil && text.commentaryFigures[id].map { $0 != now } == true
            return BoardPackPages.Indicator(id: id, title: s.definition.title, value: t.value(s.latest),
                                            rag: t.rag == .shown(.neutral) ? nil : t.rag.text(\.label), text: text.commentary[id] ?? "",
                                            moved: moved ? "This commentary was written beside \(text.commentaryFigures[id] ?? ""); the figure is now \(now). Check it before the pack is signed off." : nil)
        }
        var todo: [String] = []
        if settings.sections.contains(.implications) {
            todo += text.missingImplications.map { "\($0.title): not written" }
        }
        let uncommented = fields.filter { $0.text.isEmpty }.count
        let stale = fields.filter { $0.moved != nil }
        if !stale.isEmpty {
            todo.append("\(stale.count) commentar\(stale.count == 1 ? "y was" : "ies were") written beside a figure that has since moved: " + stale.map(\.title).joined(separator: ", "))
        }
        if uncommented > 0 { todo.append("\(uncommented) of the pack's \(fields.count) indicators have no commentary") }
        let keyMessages = KeyMessages(try await packs.inputs(meeting: meeting.id))
        let signOff = try await packs.signOff(meeting: meeting.id)
        let versions = try await packs.issuedVersions(meeting: meeting.id)
        let chrome = PageChrome(title: "Board pack: \(board.name), \(meeting.date.long)", context: context, section: .programme,
                                authorityName: await indicators.authorityName)
        return views.response("board-pack", BoardPackPages.Pack(
            page: chrome, boardName: board.name, date: meeting.date.long, meetingHref: Site.meeting(meeting.id),
            packHref: Site.meetingPack(meeting.id), htmlHref: Site.meetingPack(meeting.id, format: "html"),
            pdfHref: Site.meetingPack(meeting.id, format: "pdf"), docxHref: Site.meetingPack(meeting.id, format: "docx"),
            pdfAvailable: packs.printer != nil, sections: settings.sections.map(\.title),
            settingsHref: Site.packSettings(board.id), canSetUp: Access.planEditors.allows(context.user?.role),
            canWrite: Access.packWriters.allows(context.user?.role), todo: todo.isEmpty ? nil : BoardPackPages.Todo(items: todo),
            seesDraft: Access.packWriters.allows(context.user?.role), canIssue: Access.planEditors.allows(context.user?.role),
            signedOff: signOff.map { "Signed off by \($0.by) on \(Self.when($0.at))" }, needsReason: !versions.isEmpty,
            versions: versions.reversed().map { v in
                BoardPackPages.Version(
                    number: v.version, issued: "Issued by \(v.issuedBy) on \(Self.when(v.issuedAt)), signed off by \(v.signOff.by)",
                    reason: v.reason, dataTo: v.dataTo, htmlHref: Site.issuedPack(meeting.id, version: v.version, format: "html"),
                    pdfHref: v.sha256["pdf"] == nil ? nil : Site.issuedPack(meeting.id, version: v.version, format: "pdf"),
                    docxHref: Site.issuedPack(meeting.id, version: v.version, format: "docx"),
                    hashes: ["html", "pdf", "docx"].compactMap { f in v.sha256[f].map { "\(f.uppercased()) \($0)" } }.joined(separator: " · "))
            }, hasVersions: !versions.isEmpty,
            signOffHref: Site.packSignOff(meeting.id), issueHref: Site.packIssue(meeting.id),
            keyMessages: keyMessages.groups.map { group in
                BoardPackPages.KeyMessageGroup(
                    code: group.kind.rawValue, title: group.kind.title, edited: group.edited, lines: KeyMessages.lines(group.messages),
                    messages: group.messages.map { .init(text: $0.text, href: Self.href($0.evidence, meeting: meeting)) })
            }, keyMessagesHref: Site.packKeyMessages(meeting.id),
            indicators: fields,
            implications: settings.sections.contains(.implications) ? MeetingPackText.Implication.allCases.map {
                BoardPackPages.ImplicationField(code: $0.rawValue, title: $0.title, text: text.implications[$0] ?? "")
            } : []))
    }

    /// A figure as the pack shows it, with its period: what a commentary is written beside.
    static func figureText(_ s: IndicatorSummary) -> String {
        IndicatorText(summary: s, disclosure: .aggregate).value(s.latest) + (s.latest.map { " in " + $0.period.label } ?? "")
    }

    /// Where a key message's evidence is read.
    static func href(_ evidence: KeyMessages.Evidence, meeting: Meeting) -> String? {
        switch evidence {
        case .indicator(let id): Site.indicator(id)
        case .action(let id): Site.action(id)
        case .plan: Site.plan.path
        case .workforce: Site.workforce.path
        case .sufficiency: Site.sufficiency.path
        case .none: nil
        }
    }

    /// "3 December 2026 at 10:04" (UK time), as the page says when something happened.
    static func when(_ date: Date) -> String {
        let london = TimeZone(identifier: "Europe/London") ?? .gmt
        let seconds = date.timeIntervalSince1970 + Double(london.secondsFromGMT(for: date))
        let day = Day(ordinal: Int32((seconds / 86_400).rounded(.down)))
        let minute = Int(seconds.truncatingRemainder(dividingBy: 86_400) / 60)
        return "\(day.long) at \(Day.pad(minute / 60, 2)):\(Day.pad(minute % 60, 2))"
    }

    private func settingsPage(_ context: AppContext) async throws -> Response {
        let board = try await board(context)
        let stored = try await packs.storedSettings(board: board.id)
        let s = stored ?? .defaults(for: board)
        let chrome = PageChrome(title: "Board pack: \(board.name)", context: context, section: .programme,
                                authorityName: await indicators.authorityName)
        return views.response("pack-settings", BoardPackPages.Settings(
            page: chrome, boardName: board.name, boardHref: Site.board(board.id), kind: board.kind.rawValue, isDefault: stored == nil,
            action: Site.packSettings(board.id),
            sections: PackSection.choosable.map { .init(code: $0.rawValue, title: $0.title, on: s.sections.contains($0)) },
            reportTo: s.reportTo, reportingOfficer: s.reportingOfficer, portfolio: s.portfolio, wards: s.wards, purpose: s.purpose,
            recommendation: s.recommendation))
    }
}
