import Foundation
import HearthApplication
import Hummingbird
import HearthCore
import HearthData
import HearthStore

/// The submissions held, uploading a new set of returns, and re-computing the indicators.
struct DataController {
    let store: any Store
    let indicators: IndicatorService
    let importer: ReturnImporter
    let views: Views
    let uploadLimit: Int
    let spool: UploadSpool
    let jobs: ImportJobs
    /// How long the upload's request waits for the import before showing its progress page.
    let uploadWait: Duration

    /// The steps an upload's progress page lists, in order.
    static let uploadSteps = ["Receiving the files"] + ReturnImporter.Step.allCases.map(\.title) + ["Re-computing the indicators"]

    struct ProgressPage {
        struct Step {
            let name: String
            let state: String
        }
        let page: PageChrome
        let title: String
        let steps: [Step]
        let elapsed: Int
    }

    struct SubmissionRow {
        let id: Int
        let href: String
        let year: String
        let parts: String
        let files: Int
        let rows: Int
        let importedBy: String
        let importedAt: String
    }

    struct Page {
        let page: PageChrome
        let submissions: [SubmissionRow]
        let hasSubmissions: Bool
        let canUpload: Bool
        let message: String?
    }

    struct Table {
        let name: String
        let rows: Int
    }

    struct SubmissionPage {
        let page: PageChrome
        let submission: SubmissionRow
        let sha256: String
        let tables: [Table]
        let problems: [Problem]
        let problemCount: Int
        let hasProblems: Bool
        let hasMoreProblems: Bool
        let moreProblems: Int
    }

    static let problemLimit = 500

    static func problem(_ p: DataProblem) -> Problem {
        Problem(severity: p.severity.rawValue, file: p.file, place: p.line.map { "line \($0)" } ?? p.element ?? "",
                field: p.field ?? "", message: p.message)
    }

    struct Problem {
        let severity: String
        let file: String
        let place: String
        let field: String
        let message: String
    }

    struct FileRow {
        let name: String
        let kind: String
        /// The rows read; "–" for a file Hearth did not read (a count of lines it did not read would
        /// contradict "not recognised").
        let rows: String

        init(_ file: RecognisedFile) {
            name = file.name
            if file.kind == .unrecognised {
                kind = "Not read: not a return Hearth recognises (see the problems below)"
                rows = "–"
            } else {
                kind = file.kind.description
                rows = String(file.rows)
            }
        }
    }

    struct ResultPage {
        let page: PageChrome
        let stored: Bool
        let heading: String
        let summary: String
        let reasons: [String]
        let hasReasons: Bool
        let files: [FileRow]
        let problems: [Problem]
        let hasProblems: Bool
        let problemCount: Int
        let moreProblems: Int
        let hasMoreProblems: Bool
        let submissionHref: String?
    }

    struct CSRFForm: SubmittedForm {
        let _csrf: String?
    }

    func register(_ r: GuardedRouter) {
        r.get(Site.data, .childLevel) { _, context in
            views.response("data", try await dataPage(context, message: nil))
        }
        r.get(Site.submission, .childLevel) { _, context in
            guard let id = context.parameters.get("id", as: Int.self),
                  let summary = try await store.submissions(authority: indicators.authority).first(where: { $0.id == id }) else {
                throw ApplicationError.notFound("There is no such submission for this authority.")
            }
            let counts = try await store.rowCounts(submission: id)
            let problems = try await store.problems(submission: id)
            let shown = problems.prefix(Self.problemLimit).map(Self.problem)
            return views.response("submission", SubmissionPage(
                page: chrome("Submission \(id)", context), submission: row(summary), sha256: summary.setSHA256,
                tables: counts.keys.sorted().map { Table(name: $0, rows: counts[$0] ?? 0) },
                problems: Array(shown), problemCount: problems.count, hasProblems: !shown.isEmpty,
                hasMoreProblems: problems.count > shown.count, moreProblems: problems.count - shown.count))
        }
        r.post(Site.upload, .dataStewards, showingForm: "Files received.") { request, context in try await upload(request, context) }
        // The upload's address opened again (a refresh, a bookmark, back): the data page, where the form is.
        r.redirect(Site.upload, .dataStewards, to: Site.data.path)
        r.get(Site.uploadJob, .dataStewards) { _, context in try await uploadJob(context) }
        // Re-computing every year takes a while too: a job with its progress page, ending on the
        // data page with what was done.
        r.post(Site.recompute, .dataStewards, form: CSRFForm.self, done: "Re-computing the indicators.") { form, request, context in
            let id = await jobs.start(owner: context.user?.name ?? "", title: "Re-computing the indicators",
                                      steps: ["Computing every indicator for each reporting year held"]) { [self] _ in
                do {
                    let n = try await indicators.recompute()
                    try await store.recordAudit(AuditEntry(at: Date(), user: context.user?.name ?? "", action: "recompute", subject: "\(n) indicator figures"))
                    return ImportJobs.Finished(html: views.render("data", try await dataPage(context, message: "Re-computed: \(n) indicator figures stored.")),
                                               status: .ok)
                } catch {
                    return failed(error, "recompute", title: "Re-compute failed", heading: "The indicators could not be re-computed",
                                  kept: "the figures stored before are kept", context)
                }
            }
            return await answer(job: id)
        }
    }

    private func dataPage(_ context: AppContext, message: String?) async throws -> Page {
        let submissions = Array(try await rows().reversed())
        return Page(page: chrome("Data", context), submissions: submissions, hasSubmissions: !submissions.isEmpty,
                    canUpload: Access.dataStewards.allows(context.user?.role), message: message)
    }

    private func chrome(_ title: String, _ context: AppContext) -> PageChrome {
        PageChrome(title: title, context: context, section: .data)
    }

    private func rows() async throws -> [SubmissionRow] {
        try await store.submissions(authority: indicators.authority).map(row)
    }

    private func row(_ s: SubmissionSummary) -> SubmissionRow {
        SubmissionRow(id: s.id, href: Site.submission(s.id), year: s.collectionYear.map(IndicatorText.yearLabel) ?? "–",
                      parts: s.parts.map(Self.partLabel).joined(separator: ", "), files: s.fileCount, rows: s.rowCount,
                      importedBy: s.importedBy, importedAt: s.importedAt.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false)))
    }

    static func partLabel(_ p: SubmissionPart) -> String {
        let name = switch p.kind {
        case .cin: "CIN census"
        case .ssda903: "SSDA903"
        case .annexA: "Annex A"
        case .workforce: "Workforce census"
        }
        return "\(name) \(p.kind == .workforce ? String(p.year) : IndicatorText.yearLabel(p.year))"
    }

    /// Receives the files in the request, then imports them as a job that outlives it: the answer
    /// is the result when the import is done within `uploadWait`, else the job's progress page.
    private func upload(_ request: Request, _ context: AppContext) async throws -> Response {
        let folder = try spool.makeFolder()
        let count: Int
        var options = importer.options
        do {
            let upload = try await MultipartUpload.receive(request, into: folder, limit: uploadLimit)
            try CSRF.check(upload.fields[CSRF.field], context)
            guard !upload.files.isEmpty else {
                throw HTTPError(.badRequest, message: "Choose at least one return file to upload.")
            }
            count = upload.files.count
            // The SSDA903 year, when the tables' dates cannot tell it (the reader asks for it then).
            if let typed = upload.fields["ssda903_year"]?.trimmingCharacters(in: .whitespaces), !typed.isEmpty {
                guard let year = Int(typed), (2000...2100).contains(year) else {
                    throw FormInvalid("The SSDA903 year must be a year such as 2025 (for 2024-25).", field: "ssda903_year")
                }
                options.ssda903Year = year
            }
            // The day an in-year extract runs to, as the three date boxes give it.
            let folded = FormBody.foldingDates(upload.fields.map { ($0.key, $0.value) })
            if let typed = folded.first(where: { $0.name == "data_to" })?.value, !typed.isEmpty {
                guard let day = Day(iso: typed) else {
                    throw FormInvalid("Data to must be a real date, such as 30 9 2025.", field: "data_to")
                }
                options.dataTo = day
            }
        } catch {
            spool.remove(folder)
            throw error
        }
        let id = await jobs.start(owner: context.user?.name ?? "", title: "Uploading \(count) file\(count == 1 ? "" : "s")",
                                  steps: Self.uploadSteps) { [self, options] progress in
            defer { spool.remove(folder) }
            await progress.step(1)
            do {
                return try await importFiles(in: folder.url, count: count, options: options, context, progress)
            } catch {
                return failed(error, "upload", title: "Upload failed", heading: "The upload could not be finished",
                              kept: "nothing was stored", context)
            }
        }
        return await answer(job: id)
    }

    /// A job's answer to the request that started it: its result when done within `uploadWait`,
    /// else its progress page.
    private func answer(job id: String) async -> Response {
        if let done = await jobs.finished(id, within: uploadWait) { return Self.response(done) }
        return .redirect(to: Site.uploadJob(id), type: .normal)
    }

    /// The page a job that failed ends on: what is kept, and that the error (logged, never shown) is ours.
    private func failed(_ error: any Error, _ work: String, title: String, heading: String, kept: String,
                        _ context: AppContext) -> ImportJobs.Finished {
        context.logger.error("\(work) failed", metadata: ["error": "\(error)"])
        let page = ErrorPage(page: PageChrome(title: title, context: context, section: .data), status: 500, heading: heading,
                             message: "Something went wrong on our side; \(kept). The error has been logged; try again, "
                                 + "and tell your administrator if it persists.",
                             signedIn: true)
        return ImportJobs.Finished(html: views.render("error", page), status: .internalServerError)
    }

    /// The upload's page: its progress, refreshing itself, until its result is ready.
    private func uploadJob(_ context: AppContext) async throws -> Response {
        guard let id = context.parameter("id"), let job = await jobs.job(id, owner: context.user?.name ?? "") else {
            throw ApplicationError.notFound("This upload's progress is no longer kept; its result is in the submissions on the Data page.")
        }
        if let done = job.finished { return Self.response(done) }
        var chrome = PageChrome(title: job.title, context: context, section: .data)
        chrome.refreshSeconds = 2
        let steps = job.steps.enumerated().map { i, name in
            ProgressPage.Step(name: name, state: i < job.current ? "done" : i == job.current ? "working on it" : "to do")
        }
        return views.response("upload-progress", ProgressPage(page: chrome, title: job.title, steps: steps,
                                                              elapsed: Int(Date().timeIntervalSince(job.started))))
    }

    private static func response(_ done: ImportJobs.Finished) -> Response {
        Response(status: done.status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: done.html)))
    }

    private func importFiles(in dir: URL, count: Int, options: ReturnSetReader.Options, _ context: AppContext,
                             _ progress: ImportJobs.Progress) async throws -> ImportJobs.Finished {
        let result = try await ReturnImporter(store: store, options: options).importFolder(dir, by: context.user?.name ?? "unknown", authority: indicators.authority) { step in
            await progress.step(step.rawValue + 1)
        }
        let set = result.returnSet
        let problems = set.problems.sorted { $0.severity > $1.severity }
        let shown = problems.prefix(Self.problemLimit).map(Self.problem)
        let heading: String, summary: String, reasons: [String], stored: Bool, href: String?
        switch result.outcome {
        case .stored(let s):
            await progress.step(Self.uploadSteps.count - 1)
            if s.authority == indicators.authority { try await indicators.recompute() } else { await indicators.invalidate() }
            heading = "Returns stored"
            summary = "Submission \(s.id): \(s.fileCount) files, \(s.rowCount) rows (\(s.parts.map(Self.partLabel).joined(separator: ", "))). The indicators have been re-computed."
            reasons = []; stored = true; href = Site.submission(s.id)
        case .alreadyStored(let s):
            heading = "Nothing to do"
            summary = "These files were already imported as submission \(s.id) by \(s.importedBy); nothing changed."
            reasons = []; stored = false; href = Site.submission(s.id)
        case .refused(let why):
            heading = "Nothing stored"
            summary = "The returns were refused and the store is unchanged. Correct the files and upload them again."
            reasons = why; stored = false; href = nil
        }
        try await store.recordAudit(AuditEntry(at: Date(), user: context.user?.name ?? "", action: "upload",
                                               subject: "\(count) files: \(heading.lowercased())"))
        return ImportJobs.Finished(html: views.render("upload-result", ResultPage(
            page: chrome(heading, context), stored: stored, heading: heading, summary: summary, reasons: reasons, hasReasons: !reasons.isEmpty,
            files: set.files.map(FileRow.init),
            problems: Array(shown), hasProblems: !shown.isEmpty, problemCount: problems.count, moreProblems: max(0, problems.count - shown.count),
            hasMoreProblems: problems.count > shown.count, submissionHref: href)),
            status: stored || href != nil ? .ok : .unprocessableContent)
    }
}
