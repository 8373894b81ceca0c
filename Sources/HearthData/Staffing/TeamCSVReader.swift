import Foundation
import HearthCore

/// Reads the teams CSV: each team's kind, funded FTE (establishment) and caseload target.
public enum TeamCSVReader {
    static let table = StaffingCSVTable(what: "teams", columns: StaffingColumns.teamHeadings,
                                        required: StaffingColumns.teamRequired)

    public static func read(url: URL, fileName: String? = nil) -> StaffingFileResult<Team> {
        table.collect(url: url, fileName: fileName, add)
    }

    public static func read(bytes: [UInt8], fileName: String) -> StaffingFileResult<Team> {
        table.collect(bytes: bytes, fileName: fileName, add)
    }

    private static func add(_ d: FieldDecoder, _ log: inout ProblemLog, _ teams: inout [Team]) {
        let C = StaffingColumns.self
        guard let name = StaffingCSVTable.required(d.text(C.team), d, C.team, &log) else { return }
        guard !teams.contains(where: { $0.name == name }) else {
            log.add(.error, line: d.line, field: C.team, "team \"\(name)\" is listed again; row left out")
            return
        }
        let kindText = d.text(C.kind) ?? ""
        let kind = TeamKind(text: kindText) ?? .other
        if TeamKind(text: kindText) == nil {
            log.add(.warning, line: d.line, field: C.kind,
                    "\"\(kindText)\" is not a team kind (\(TeamKind.allCases.map(\.rawValue).joined(separator: ", "))); other used")
        }
        guard let establishment = d.double(C.establishmentFTE, &log) else {
            if d.text(C.establishmentFTE) == nil { log.add(.error, line: d.line, field: C.establishmentFTE, "blank; row left out") }
            return
        }
        guard establishment >= 0 else {
            log.add(.error, line: d.line, field: C.establishmentFTE, "\(establishment) is negative; row left out")
            return
        }
        var target = d.double(C.caseloadTarget, &log)
        if let t = target, t <= 0 {
            log.add(.error, line: d.line, field: C.caseloadTarget, "\(t) is not a caseload (more than 0); no target used")
            target = nil
        }
        teams.append(Team(name: name, kind: kind, establishmentFTE: establishment, caseloadTarget: target))
    }
}
