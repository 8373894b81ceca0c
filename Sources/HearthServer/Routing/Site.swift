import Foundation

/// Every URL of the web app in one place, so links cannot drift from routes. None carries a
/// child's identifier: drill-downs are addressed by indicator and period only.
public enum Site {
    public static let overview = SiteRoute("/")
    public static let signInPath = SiteRoute("/sign-in")
    /// The address people guess for signing in: it leads to `signInPath`.
    public static let login = SiteRoute("/login")
    public static let signOut = SiteRoute("/sign-out")
    public static let stylesheet = SiteRoute("/assets/hearth.css")
    public static let packStylesheet = SiteRoute("/assets/board-pack.css")
    public static let data = SiteRoute("/data")
    public static let upload = SiteRoute("/data/upload")
    /// An upload's progress, then its result; the id is a random token, never a child's.
    public static let uploadJob = SiteRoute("/data/uploads/:id")
    public static let recompute = SiteRoute("/data/recompute")
    public static let submission = SiteRoute("/data/submissions/:id")
    public static let users = SiteRoute("/admin/users")
    public static let userChange = SiteRoute("/admin/users/change")
    public static let userThrottleClear = SiteRoute("/admin/users/clear-throttle")
    public static let audit = SiteRoute("/admin/audit")
    public static let health = SiteRoute("/health")
    public static let metrics = SiteRoute("/metrics")
    public static let openAPI = SiteRoute("/api/openapi.json")

    public static let indicator = SiteRoute("/indicators/:id")
    public static let indicatorCSV = indicator.appending("figures.csv")
    public static let indicatorChildren = indicator.appending("children")
    /// The register of local measures and each measure's page (`/indicators/:id` of a local
    /// measure leads here, so every link to an indicator reaches it).
    public static let measures = SiteRoute("/measures")
    public static let measureNew = measures.appending("new")
    public static let measure = measures.appending(":id")
    public static let measureEdit = measure.appending("edit")
    public static let measureValues = measure.appending("values")
    public static let measureUpload = measure.appending("upload")
    public static let measureTemplate = measure.appending("template.csv")
    /// The target of any indicator or measure: in force, its history, and the form to set one.
    public static let target = SiteRoute("/targets/:id")

    public static let programme = SiteRoute("/programme")
    public static let coverage = SiteRoute("/programme/coverage")
    public static let overdue = SiteRoute("/programme/overdue")
    public static let timeline = SiteRoute("/programme/timeline")
    public static let inspections = SiteRoute("/programme/inspections")
    public static let inspection = inspections.appending(":id")
    public static let findings = inspection.appending("findings")
    public static let finding = findings.appending(":finding")
    public static let interventions = SiteRoute("/programme/interventions")
    public static let intervention = interventions.appending(":id")
    public static let sources = SiteRoute("/programme/sources")
    public static let source = sources.appending(":id")
    public static let sourceFindings = source.appending("findings")
    public static let sourceFinding = sourceFindings.appending(":finding")
    public static let plan = SiteRoute("/programme/plan")
    public static let planCSV = SiteRoute("/programme/plan.csv")
    public static let planImport = SiteRoute("/programme/plan/import")
    public static let planRefresh = SiteRoute("/programme/plan/refresh")
    public static let planApprove = SiteRoute("/programme/plan/approve")
    public static let priorities = SiteRoute("/programme/plan/priorities")
    public static let priority = priorities.appending(":id")
    public static let actions = SiteRoute("/programme/plan/actions")
    public static let action = actions.appending(":id")
    public static let actionNotes = action.appending("notes")
    public static let actionEvidence = action.appending("evidence")
    public static let actionTrajectories = action.appending("trajectories")
    public static let boards = SiteRoute("/programme/boards")
    public static let board = boards.appending(":id")
    public static let boardMeetings = board.appending("meetings")
    public static let packSettings = board.appending("pack")
    public static let meeting = SiteRoute("/programme/meetings/:id")
    public static let meetingAgenda = meeting.appending("agenda")
    public static let meetingMinutes = meeting.appending("minutes")
    public static let meetingResolutions = meeting.appending("resolutions")
    public static let meetingRecommendations = meeting.appending("recommendations")
    public static let recommendations = SiteRoute("/programme/recommendations")
    public static let recommendationResponse = recommendations.appending(":id", "response")
    public static let recommendationDone = recommendations.appending(":id", "done")
    public static let meetingArising = meeting.appending("arising")
    public static let meetingPackPage = meeting.appending("pack")
    /// The pack as one file: `board-pack.html`, `.pdf` or `.docx`.
    public static func meetingPackFile(_ format: String) -> SiteRoute { meetingPackPage.appending("board-pack.\(format)") }
    public static let packSignOff = meetingPackPage.appending("sign-off")
    public static let packKeyMessages = meetingPackPage.appending("key-messages")
    public static let packIssue = meetingPackPage.appending("issue")
    /// One issued version's file, as it went out.
    public static func issuedPackFile(_ format: String) -> SiteRoute { meetingPackPage.appending("versions", ":version", "board-pack.\(format)") }
    public static func issuedPack(_ meeting: String, version: Int, format: String) -> String {
        meetingPackPage(meeting) + "/versions/\(version)/board-pack.\(format)"
    }
    public static let arisingDone = SiteRoute("/programme/actions-arising/done")

    /// The self-evaluation: its versions and the form that saves one; each version as HTML,
    /// its Word and PDF files, and the form that issues it.
    public static let myActions = SiteRoute("/my-actions")
    public static let myActionsCalendar = SiteRoute("/my-actions/calendar.ics")
    public static let outbox = SiteRoute("/outbox")
    public static let outboxRun = outbox.appending("run")
    public static let outboxMessage = outbox.appending(":id")
    public static let outboxCalendar = outboxMessage.appending("calendar.ics")
    public static let sef = SiteRoute("/sef")
    public static let sefVersion = sef.appending(":version")
    public static func sefFile(_ format: String) -> SiteRoute { sefVersion.appending("self-evaluation.\(format)") }
    public static let sefIssue = sefVersion.appending("issue")

    public static let workforce = SiteRoute("/workforce")
    public static let workforceTeam = workforce.appending("teams", ":team")
    public static let campaigns = SiteRoute("/workforce/campaigns")
    public static let sufficiency = SiteRoute("/sufficiency")
    public static let placementCostsCSV = SiteRoute("/sufficiency/costs.csv")
    public static let highCostChildren = SiteRoute("/sufficiency/high-cost")

    /// `/api/v1`: the JSON API, described in the OpenAPI document.
    public enum API {
        public static let indicators = SiteRoute("/api/v1/indicators")
        public static let indicator = indicators.appending(":id")
        public static let benchmarks = indicator.appending("benchmarks")
        public static let children = indicator.appending("children")
        public static let series = indicator.appending("series")
        public static let submissions = SiteRoute("/api/v1/submissions")
        public static let programme = SiteRoute("/api/v1/programme")
        public static let inspections = programme.appending("inspections")
        public static let interventions = programme.appending("interventions")
        public static let sources = programme.appending("sources")
        public static let source = sources.appending(":id")
        public static let plan = programme.appending("plan")
        public static let planActions = plan.appending("actions")
        public static let planApproval = plan.appending("approval")
        public static let coverage = programme.appending("coverage")
        public static let boards = programme.appending("boards")
        public static let board = boards.appending(":id")
        public static let overdue = programme.appending("overdue")
        public static let meeting = programme.appending("meetings", ":id")
        public static let meetingRecommendations = meeting.appending("recommendations")
        public static let recommendationResponse = programme.appending("recommendations", ":id", "response")
        public static let boardRecommendations = programme.appending("boards", ":id", "recommendations")
        public static let meetingPack = meeting.appending("pack")
        public static let packSignOff = meetingPack.appending("sign-off")
        public static let packIssue = meetingPack.appending("issue")
        public static let packVersions = meetingPack.appending("versions")
        public static let resolutions = meeting.appending("resolutions")
        public static let actionsArising = meeting.appending("actions-arising")
        public static let actionProgress = planActions.appending(":id", "progress")
        public static let myActions = SiteRoute("/api/v1/my-actions")
        public static let outbox = SiteRoute("/api/v1/outbox")
        public static let workforce = SiteRoute("/api/v1/workforce")
        public static let sef = SiteRoute("/api/v1/sef")
        /// `:id` is the version's number (the OpenAPI document names every API parameter `id`).
        public static let sefVersion = sef.appending(":id")
        public static let sefIssue = sefVersion.appending("issue")
        public static let campaigns = workforce.appending("campaigns")
        public static let sufficiency = SiteRoute("/api/v1/sufficiency")
        public static let measures = SiteRoute("/api/v1/measures")
        public static let measure = measures.appending(":id")
        public static let measureValues = measure.appending("values")
        public static let targets = SiteRoute("/api/v1/targets")
        public static let target = targets.appending(":id")
        /// Clears the sign-in throttle of the user named `:id`.
        public static let userThrottleClear = SiteRoute("/api/v1/users/:id/sign-in-throttle/clear")
    }

    public static func planVersion(_ version: Int) -> String { plan.path + "?version=\(version)" }
    public static func meetingPack(_ id: String, format: String? = nil) -> String {
        (format.map(meetingPackFile) ?? meetingPackPage)(id)
    }
    public static func drillDown(_ id: String, period: String? = nil) -> String {
        indicatorChildren(id) + (period.map { "?period=\(query($0))" } ?? "")
    }

    public static func signIn(next: String? = nil) -> String {
        guard let next, next != overview.path, isLocal(next) else { return signInPath.path }
        return signInPath.path + "?next=" + query(next)
    }

    /// Only absolute paths on this site may be redirected to after sign-in (no open redirect).
    /// Browsers drop tabs and newlines from a URL and read a backslash as `/`, so `/<tab>/evil.com`
    /// and `/<backslash>evil.com` lead off-site; the check is made on the text and on its
    /// percent-decoding (a proxy or a second redirect may decode once more), and refuses anything
    /// doubtful: control, format and whitespace characters other than a plain space, backslashes, schemes.
    public static func isLocal(_ path: String) -> Bool {
        var text = path
        for _ in 0..<3 {
            guard isPlainLocal(text) else { return false }
            guard let decoded = text.removingPercentEncoding, decoded != text else { return true }
            text = decoded
        }
        return false
    }

    private static func isPlainLocal(_ path: String) -> Bool {
        guard path.hasPrefix("/"), !path.hasPrefix("//"), path.count <= 2_000 else { return false }
        let doubtful = path.unicodeScalars.contains { c in
            c.value < 0x20 || c.value == 0x7F || c == "\\" || c.properties.generalCategory == .control
                || c.properties.generalCategory == .format || (c.properties.isWhitespace && c != " ")
        }
        return !doubtful && !path.contains("://")
    }

    /// A programme id as one path segment (ids are made by Hearth or typed by users in a CSV).
    static func path(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#;"))) ?? ""
    }

    static func query(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+?#"))) ?? ""
    }
}
