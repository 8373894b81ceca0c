import Foundation
import HearthCore

extension PlanCSV {
    /// A plan file as uploaded or named on the command line: the next version after `current`.
    /// The bytes are read as UTF-8, or as Windows-1252 (Excel's "CSV" on a council laptop). The
    /// CSV carries no progress notes, evidence or trajectories, so the actions it names again keep
    /// theirs from `current`; a file without the `owner_user` column (one kept in Excel from before
    /// owners were users) keeps each action's owning user too. `owners` as in `read`.
    public static func nextVersion(data: Data, file: String, title: String, after current: ImprovementPlan?,
                                   owners: Set<String>? = nil) throws(PlanCSVError) -> ImprovementPlan {
        guard let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .windowsCP1252) else {
            throw PlanCSVError(file: file, line: 0, column: nil, message: "this is not a text (CSV) file")
        }
        var (plan, columns) = try parse(text, file: file, version: (current?.version ?? 0) + 1, title: title, owners: owners)
        plan.keepDetails(of: current)
        if !columns.contains("owner_user") { plan.keepOwners(of: current) }
        return plan
    }
}
