import Foundation

/// Every URL of the web app in one place, so links cannot drift from routes. None carries a
/// child's identifier: drill-downs are addressed by indicator and period only.
public enum Site {
    public static let overview = "/"
    public static let signInPath = "/sign-in"
    public static let signOut = "/sign-out"
    public static let stylesheet = "/assets/hearth.css"
    public static let packStylesheet = "/assets/board-pack.css"
    public static let data = "/data"
    public static let upload = "/data/upload"
    public static let recompute = "/data/recompute"
    public static let users = "/admin/users"
    public static let userChange = "/admin/users/change"
    public static let userThrottleClear = "/admin/users/clear-throttle"
    /// Clears the sign-in throttle of the user named `:id`.
    public static let apiUserThrottleClear = "/api/v1/users/:id/sign-in-throttle/clear"
    public static let audit = "/admin/audit"
    public static let health = "/health"
    public static let metrics = "/metrics"
    public static let openAPI = "/api/openapi.json"

    public static let programme = "/programme"
    public static let coverage = "/programme/coverage"
    public static let overdue = "/programme/overdue"
    public static let timeline = "/programme/timeline"
    public static let inspections = "/programme/inspections"
    public static let interventions = "/programme/interventions"
    public static let plan = "/programme/plan"
    public static let planCSV = "/programme/plan.csv"
    public static let planImport = "/programme/plan/import"
    public static let planRefresh = "/programme/plan/refresh"
    public static let priorities = "/programme/plan/priorities"
    public static let actions = "/programme/plan/actions"
    public static let boards = "/programme/boards"
    public static let arisingDone = "/programme/actions-arising/done"
    public static let workforce = "/workforce"
    public static let campaigns = "/workforce/campaigns"
    public static let sufficiency = "/sufficiency"
    public static let placementCostsCSV = "/sufficiency/costs.csv"
    public static let highCostChildren = "/sufficiency/high-cost"

    public static func inspection(_ id: String) -> String { "/programme/inspections/\(path(id))" }
    public static func intervention(_ id: String) -> String { "/programme/interventions/\(path(id))" }
    public static func planVersion(_ version: Int) -> String { "/programme/plan?version=\(version)" }
    public static func action(_ id: String) -> String { "/programme/plan/actions/\(path(id))" }
    public static func board(_ id: String) -> String { "/programme/boards/\(path(id))" }
    public static func meeting(_ id: String) -> String { "/programme/meetings/\(path(id))" }
    public static func meetingPack(_ id: String, format: String? = nil) -> String {
        "/programme/meetings/\(path(id))/pack" + (format.map { "/board-pack.\($0)" } ?? "")
    }
    public static func packSettings(_ board: String) -> String { "/programme/boards/\(path(board))/pack" }
    public static func workforceTeam(_ name: String) -> String { "/workforce/teams/\(path(name))" }

    public static func indicator(_ id: String) -> String { "/indicators/\(id)" }
    public static func indicatorCSV(_ id: String) -> String { "/indicators/\(id)/figures.csv" }
    public static func drillDown(_ id: String, period: String? = nil) -> String {
        "/indicators/\(id)/children" + (period.map { "?period=\(query($0))" } ?? "")
    }
    public static func submission(_ id: Int) -> String { "/data/submissions/\(id)" }

    public static func signIn(next: String? = nil) -> String {
        guard let next, next != overview, isLocal(next) else { return signInPath }
        return signInPath + "?next=" + query(next)
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
