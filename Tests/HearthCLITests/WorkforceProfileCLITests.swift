import Foundation
import Testing

/// `hearth workforce` on hand-written staff and teams CSVs, as at 31/03/2025 (the year from
/// 01/04/2024), for Rutland (857):
///
/// | id | team | contract  | fte | role | start      | end        | reason      | cases | born       | ethnicity | route    |
/// |----|------|-----------|-----|------|------------|------------|-------------|-------|------------|-----------|----------|
/// | A1 | CP   | permanent | 1   | 5    | 2020-04-01 |            |             | 15    | 1990-01-01 | WBRI      |          |
/// | A2 | CP   | agency    | 1   | 5    | 2023-01-01 | 2024-08-31 |             |       |            |           |          |
/// | A2 | CP   | permanent | 1   | 5    | 2024-09-01 |            |             | 12    | 1985-06-01 | BAFR      |          |
/// | A3 | CP   | permanent | 1   | 3    | 2018-01-01 | 2024-10-31 | Resignation |       |            |           |          |
/// | A4 | LC   | permanent | 1   | PA   | 2023-05-01 |            |             | 18    | 1995-01-01 | WBRI      | frontline|
///
/// Practitioners at 31/03/2025: A1 and A2 in post, no agency → 0%; at 30/04/2024 A2 was agency:
/// 1 ÷ 2 = 50%, so −50 points. One conversion (A2, 01/09/2024). One leaver (A3, 6 whole years → 5
/// or more). In post: A1, A2, A4. Caseloads: CP 27 cases ÷ 2 FTE = 13.5 per social worker; LC
/// 18 per personal adviser.
@Suite struct WorkforceProfileCLITests {
    static let staff = """
        staff_id,team,contract,fte,role,start_date,end_date,leaving_reason,cases,birth_date,ethnicity,route_in
        A1,CP,permanent,1,5,2020-04-01,,,15,1990-01-01,WBRI,
        A2,CP,agency,1,5,2023-01-01,2024-08-31,,,,,
        A2,CP,permanent,1,5,2024-09-01,,,12,1985-06-01,BAFR,
        A3,CP,permanent,1,3,2018-01-01,2024-10-31,Resignation,,,,
        A4,LC,permanent,1,PA,2023-05-01,,,18,1995-01-01,WBRI,frontline
        """
    static let teams = "team,kind,establishment_fte,caseload_target\nCP,cin_cp,3,15\nLC,care_leavers,1,20\n"

    @Test func theTableAndCSVShowTheProfile() async throws {
        let cli = try HearthCLI.make()
        defer { cli.remove() }
        try FileManager.default.createDirectory(atPath: cli.path("staff"), withIntermediateDirectories: true)
        try Self.staff.write(toFile: cli.path("staff/staff.csv"), atomically: true, encoding: .utf8)
        try Self.teams.write(toFile: cli.path("staff/teams.csv"), atomically: true, encoding: .utf8)
        let table = try await cli.run(["workforce", cli.path("staff"), "--la", "857", "--date", "2025-03-31"])
        #expect(table.status == 0, "\(table)")
        #expect(table.out.contains("Agency rate by seniority"))
        #expect(table.out.contains("1 agency worker took a permanent post in the year to 31/03/2025: 01/09/2024 (CP, Practitioners)."))
        #expect(table.out.contains("Leavers: 1 in the year to 31/03/2025"))
        #expect(table.out.contains("population of Rutland"))
        #expect(!table.out.contains("A2"), "no staff id in the table")

        let csv = try await cli.run(["workforce", cli.path("staff"), "--la", "857", "--date", "2025-03-31", "--format", "csv"])
        #expect(csv.status == 0, "\(csv)")
        let lines = csv.out.split(separator: "\n").map(String.init)
        #expect(lines.contains("agency_rate_practitioner_2025-03-31,,0.0,0.0,2.0"))
        #expect(lines.contains("agency_rate_practitioner_2024-04-30,,50.0,1.0,2.0"))
        #expect(lines.contains("agency_conversions,,1.0,,"))
        #expect(lines.contains("leavers_service_5_plus,,1.0,,"))
        #expect(lines.contains("caseload_per_social_worker,CP,13.5,27.0,2.0"))
        #expect(lines.contains("caseload_per_personal_adviser,LC,18.0,18.0,1.0"))
    }
}
