import Foundation
import Testing

/// `hearth measures` and `hearth targets` on a store holding the tiny hand-written authority (City
/// of London, 201) and one user, ana: a quarterly percentage measure created, its values imported
/// from a hand-written CSV in the template's layout, listed; a target set and listed.
@Suite struct MeasuresCommandTests {
    static let id = "local_contacts_decided_within_one_working_day"

    /// Three quarters in the template's layout (its headings, its way of writing a quarter), a
    /// note with a comma quoted as a spreadsheet saves it.
    static let values = """
        period,value,numerator,denominator,note
        Q1 2026-27,61,,,
        Q2 2026-27,64.5,,,"Autumn audit, 212 of 331 replied"
        Q3 2026-27,70,,,

        """

    /// A store with the fixture's returns and the user `ana` (a measure's owner is a user of Hearth).
    static func store(_ cli: HearthCLI) async throws -> String {
        let db = cli.path("measures.sqlite")
        let imported = try await cli.run(["import", try HearthCLI.returns, "--db", db, "--as", "tester"])
        try #require(imported.status == 0, "\(imported)")
        let added = try await cli.run(["users", "add", "ana", "--role", "analyst", "--db", db],
                                      environment: ["HEARTH_NEW_PASSWORD": "a long enough secret"])
        try #require(added.status == 0, "\(added)")
        return db
    }

    static func create(_ cli: HearthCLI, _ db: String) async throws -> HearthCLI.Run {
        try await cli.run(["measures", "create", "--title", "Contacts decided within one working day",
                           "--definition", "Contacts with a decision within one working day, of all contacts",
                           "--unit", "percentage", "--polarity", "high", "--frequency", "quarterly", "--area", "front-door",
                           "--owner", "ana", "--source", "front door triage log", "--db", db, "--by", "tester"])
    }

    /// The CSV line of `hearth measures list --format csv` for the measure, split into its cells.
    static func listed(_ cli: HearthCLI, _ db: String) async throws -> [String] {
        let list = try await cli.run(["measures", "list", "--db", db, "--format", "csv"])
        #expect(list.status == 0, "\(list)")
        let lines = list.out.split(separator: "\n").map(String.init)
        #expect(lines.first == "id,title,unit,polarity,frequency,area,owner,board_visible,counts_children,latest_period,latest_value,target,tolerance,target_source")
        let line = try #require(lines.first { $0.hasPrefix(id + ",") }, "\(list)")
        return line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func aMeasureIsCreatedItsValuesImportedAndTheLatestListed() async throws {
        let cli = try HearthCLI.make()
        defer { cli.remove() }
        let db = try await Self.store(cli)

        let created = try await Self.create(cli, db)
        #expect(created.status == 0 && created.out == Self.id + "\n", "\(created)")

        // The template: its headings, then four ended quarters written as the reader reads them.
        let template = try await cli.run(["measures", "template", Self.id, "--db", db])
        #expect(template.status == 0, "\(template)")
        let rows = template.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(rows.first == "period,value,numerator,denominator,note")
        #expect(rows.count == 6 && rows.last == "", "a heading, four quarters and a closing line break: \(template)")
        for row in rows.dropFirst().dropLast() {
            #expect(row.wholeMatch(of: /Q[1-4] 20\d\d-\d\d,,,,/) != nil, "\(row)")
        }

        // Nothing before the import.
        #expect(try await Self.listed(cli, db)[9...10] == ["", ""])

        try Self.values.write(toFile: cli.path("values.csv"), atomically: true, encoding: .utf8)
        let imported = try await cli.run(["measures", "import", Self.id, cli.path("values.csv"), "--db", db, "--by", "tester"])
        #expect(imported.status == 0 && imported.out == "Stored 3 values for \(Self.id) from values.csv.\n", "\(imported)")
        #expect(imported.err.isEmpty, "\(imported)")

        let cells = try await Self.listed(cli, db)
        #expect(cells == [Self.id, "Contacts decided within one working day", "percentage", "high", "quarterly", "front-door", "ana",
                          "true", "false", "Q3 2026-27", "70.0", "", "", ""])

        let table = try await cli.run(["measures", "list", "--db", db])
        #expect(table.status == 0, "\(table)")
        let row = try #require(CLICommandTests.row(table.out, Self.id), "\(table)")
        #expect(row.prefix(10) == [Self.id, "Contacts", "decided", "within", "one", "working", "day", "percentage", "quarterly", "front-door"])
        #expect(row.suffix(7) == ["yes", "Q3", "2026-27", "70.0%", "No", "target", "set"], "\(row)")

        let json = try await cli.run(["measures", "list", "--db", db, "--format", "json"])
        let measures = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]], "\(json)")
        #expect(measures.count == 1)
        #expect(measures.first?["latestValue"] as? Double == 70 && measures.first?["latestPeriod"] as? String == "Q3 2026-27")
        #expect(measures.first?["target"] == nil || measures.first?["target"] is NSNull)
    }

    @Test func aFileWithABadPeriodStoresNothingAndSaysWhereEachProblemIs() async throws {
        let cli = try HearthCLI.make()
        defer { cli.remove() }
        let db = try await Self.store(cli)
        #expect(try await Self.create(cli, db).status == 0)

        // Line 3: a month is not a quarter; line 4: over 100%. Line 2 alone would be fine.
        let bad = "period,value,numerator,denominator,note\nQ1 2026-27,61,,,\n2026-05,64.5,,,\nQ3 2026-27,140,,,\n"
        try bad.write(toFile: cli.path("bad.csv"), atomically: true, encoding: .utf8)
        let refused = try await cli.run(["measures", "import", Self.id, cli.path("bad.csv"), "--db", db, "--by", "tester"])
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.out.isEmpty, "\(refused)")
        let lines = refused.err.split(separator: "\n").map(String.init)
        #expect(lines == [
            "Nothing was stored from bad.csv: correct these rows and import the file again.",
            "Line 3, column period: \"2026-05\" is not a quarterly period (e.g. 2026-27 Q1 or 2026-27-Q1)",
            "Line 4, column value: A percentage is between 0 and 100",
        ], "\(refused)")

        // Not even line 2's good value was kept.
        #expect(try await Self.listed(cli, db)[9...10] == ["", ""])

        // An id that is no measure is named, and nothing read.
        let unknown = try await cli.run(["measures", "import", "local_nope", cli.path("bad.csv"), "--db", db])
        #expect(unknown.status != 0 && unknown.err.hasPrefix("Error: no local measure \"local_nope\""), "\(unknown)")
    }

    @Test func aTargetSetIsListedAndInTheMeasuresList() async throws {
        let cli = try HearthCLI.make()
        defer { cli.remove() }
        let db = try await Self.store(cli)
        #expect(try await Self.create(cli, db).status == 0)

        let set = try await cli.run(["targets", "set", Self.id, "--target", "75", "--tolerance", "5", "--from", "01/04/2026",
                                     "--reason", "Agreed by the improvement board", "--db", db, "--by", "tester"])
        #expect(set.status == 0, "\(set)")
        #expect(set.out == """
            Set the target of Contacts decided within one working day (\(Self.id)): 75.0%, amber within 5.0%, from 01/04/2026, by tester: Agreed by the improvement board
            In force now: 75.0%, amber within 5.0% (set by tester from 01/04/2026: Agreed by the improvement board)

            """, "\(set)")

        let csv = try await cli.run(["targets", "list", "--db", db, "--format", "csv"])
        #expect(csv.status == 0, "\(csv)")
        let lines = csv.out.split(separator: "\n").map(String.init)
        #expect(lines.first == "id,title,target,tolerance,source")
        #expect(lines.contains("\(Self.id),Contacts decided within one working day,75.0,5.0,set by tester from 01/04/2026: Agreed by the improvement board"),
                "\(csv)")
        // England's figure stays the target of an indicator nobody set one for.
        #expect(lines.contains("rereferrals_12m,Re-referrals within 12 months,22.6,2.0,England"), "\(csv)")

        let table = try await cli.run(["targets", "list", "--db", db])
        #expect(CLICommandTests.row(table.out, Self.id)?.prefix(11).suffix(4) == ["75.0%,", "amber", "within", "5.0%"], "\(table)")

        let cells = try await Self.listed(cli, db)
        #expect(cells.suffix(3) == ["75.0", "5.0", "set by tester from 01/04/2026: Agreed by the improvement board"])

        // A target from a later day is kept in the history but not yet in force.
        let later = try await cli.run(["targets", "set", Self.id, "--target", "90", "--tolerance", "5", "--from", "2099-04-01",
                                       "--reason", "Next plan", "--db", db, "--by", "tester"])
        #expect(later.status == 0 && later.out.hasSuffix("In force now: 75.0%, amber within 5.0% (set by tester from 01/04/2026: Agreed by the improvement board)\n"),
                "\(later)")
        let history = try await cli.run(["targets", "history", Self.id, "--db", db, "--format", "csv"])
        let settings = history.out.split(separator: "\n").map { $0.split(separator: ",").prefix(5).joined(separator: ",") }
        #expect(settings == ["target,tolerance,from,reason,set_by", "90.0,5.0,2099-04-01,Next plan,tester",
                             "75.0,5.0,2026-04-01,Agreed by the improvement board,tester"], "\(history)")
    }

    @Test func aTargetForAnUnknownIdIsRefusedNamingIt() async throws {
        let cli = try HearthCLI.make()
        defer { cli.remove() }
        let db = try await Self.store(cli)
        let run = try await cli.run(["targets", "set", "local_nope", "--target", "75", "--tolerance", "5", "--reason", "Why not",
                                     "--db", db, "--by", "tester"])
        #expect(run.status != 0, "\(run)")
        #expect(run.err.hasPrefix("Error: no indicator or measure \"local_nope\""), "\(run)")
        #expect(run.out.isEmpty, "\(run)")
        let list = try await cli.run(["targets", "list", "--db", db, "--format", "csv"])
        #expect(list.status == 0 && !list.out.contains("local_nope"), "\(list)")
        let history = try await cli.run(["targets", "history", "local_nope", "--db", db])
        #expect(history.status != 0 && history.err.hasPrefix("Error: no indicator or measure \"local_nope\""), "\(history)")
    }

    @Test(arguments: [
        (["--unit", "percent"], "Error: --unit must be one of count, percentage, rate, days, money, score"),
        (["--frequency", "weekly"], "Error: --frequency must be one of monthly, quarterly, annual"),
        (["--area", "front door"], "Error: --area must be one of front-door, children-in-care, care-leavers, workforce, other"),
        (["--polarity", "up"], "Error: --polarity must be one of high, low, context"),
    ])
    func aMeasureWithAChoiceNotOnTheListIsRefused(change: [String], error: String) async throws {
        let cli = try HearthCLI.make()
        defer { cli.remove() }
        var arguments = ["measures", "create", "--title", "T", "--definition", "D", "--unit", "count", "--polarity", "high",
                         "--frequency", "monthly", "--area", "other", "--owner", "ana", "--source", "S", "--db", cli.path("never.sqlite")]
        let at = try #require(arguments.firstIndex(of: change[0]))
        arguments[at + 1] = change[1]
        let run = try await cli.run(arguments)
        #expect(run.status == 64 && run.err.hasPrefix(error), "\(run)")
        #expect(!FileManager.default.fileExists(atPath: cli.path("never.sqlite")), "refused before the store is opened")
    }
}
