import Foundation
import HearthIndicators

extension WorkforceAPIController {
    /// The profile measures of the workforce answer as the aggregate audience may see them: staff
    /// ids of agency workers taken on permanently are dropped; counts of staff by reason, service,
    /// age and ethnic group become null for 1 to 5 (with a further group, `Disclosure.staff`), and
    /// every ethnic group's share when any is hidden; trainees' counts and retention terms as NQSW
    /// retention's; a team's cases per job as the teams' cases (children), its caseload with them.
    static func disclosedProfile(_ report: inout [String: Any], _ r: WorkforceReport, _ disclosure: Disclosure) {
        func value<T>(_ d: Disclosed<T>) -> Any { d.shown ?? NSNull() }
        func patch(_ key: String, in object: inout [String: Any], counts: [Int], field: String = "count",
                   also: ((inout [String: Any], Bool) -> Void)? = nil) {
            guard var rows = object[key] as? [[String: Any]] else { return }
            let parts = disclosure.staff(counts).parts
            let anyHidden = parts.contains(where: \.isSuppressed)
            for i in rows.indices where i < parts.count {
                rows[i][field] = value(parts[i])
                also?(&rows[i], anyHidden)
            }
            object[key] = rows
        }
        if var conversions = report["conversions"] as? [String: Any], var list = conversions["conversions"] as? [[String: Any]] {
            for i in list.indices { list[i]["staffID"] = nil }
            conversions["conversions"] = list
            report["conversions"] = conversions
        }
        if var leavers = report["leavers"] as? [String: Any] {
            leavers["leavers"] = value(disclosure.count(r.leavers.leavers))
            patch("byReason", in: &leavers, counts: r.leavers.byReason.map(\.count))
            patch("byService", in: &leavers, counts: r.leavers.byService.map(\.count))
            report["leavers"] = leavers
        }
        if var diversity = report["diversity"] as? [String: Any] {
            diversity["inPost"] = value(disclosure.count(r.diversity.inPost))
            patch("ages", in: &diversity, counts: r.diversity.ages.map(\.count))
            patch("ethnicity", in: &diversity, counts: r.diversity.ethnicity.map(\.staff), field: "staff") { row, anyHidden in
                if anyHidden { row["staffPercent"] = NSNull() }
            }
            report["diversity"] = diversity
        }
        func retention(_ n: NQSWRetention) -> [String: Any] {
            let terms = disclosure.terms(numerator: n.retained.numerator, denominator: n.retained.denominator, unit: .percent)
            return ["years": n.years, "retained": ["numerator": value(terms.numerator), "denominator": value(terms.denominator)]]
        }
        if var trainees = report["trainees"] as? [String: Any], var routes = trainees["routes"] as? [[String: Any]] {
            for (i, route) in r.trainees.routes.enumerated() where i < routes.count {
                routes[i]["started"] = value(disclosure.count(route.started))
                routes[i]["inPost"] = value(disclosure.count(route.inPost))
                routes[i]["retention"] = route.retention.map(retention)
            }
            trainees["routes"] = routes
            trainees["allRoutes"] = r.trainees.allRoutes.map(retention)
            report["trainees"] = trainees
        }
        if var caseloads = report["teamCaseloads"] as? [String: Any], var rows = caseloads["rows"] as? [[String: Any]] {
            let cells = disclosure.table(r.teamCaseloads.rows.map { [$0.socialWorkerCases, $0.personalAdviserCases] }).cells
            for (i, cell) in cells.enumerated() where i < rows.count {
                for (j, job) in ["socialWorker", "personalAdviser"].enumerated() where j < cell.count && cell[j].isSuppressed {
                    rows[i][job + "Cases"] = NSNull()
                    rows[i][job] = NSNull()
                }
            }
            caseloads["rows"] = rows
            report["teamCaseloads"] = caseloads
        }
    }
}
