import Foundation
import Testing

/// The `hearth` command line on a tiny hand-written authority (City of London, 2024-25: four
/// children in the CIN census, three looked after): each main command run as the built
/// executable, its output read as a user would read it.
@Suite struct CLICommandTests {
    @Test func generateWritesASmallAuthorityThatInspectReadsWithoutFault() async throws {
        let cli = try HearthCLI.make()
        defer { cli.remove() }
        let generated = try await cli.run(["generate", "--la", "201", "--year", "2025", "--seed", "3", "--out", cli.path("gen"), "--annex-a", "csv"])
        #expect(generated.status == 0, "\(generated)")
        #expect(generated.out.hasPrefix("City of London, year ending 31 March 2025, seed 3: "), "\(generated)")
        for file in ["CIN_Census_201_2025.xml", "SSDA903_2025_Header.csv", "SSDA903_2025_Episodes.csv", "SSDA903_2024_Header.csv", "placement_costs.csv"] {
            #expect(generated.out.contains("  \(file)  "), "\(file) not listed")
            #expect(FileManager.default.fileExists(atPath: cli.path("gen/\(file)")), "\(file) not written")
        }
        let inspected = try await cli.run(["inspect", cli.path("gen"), "--strict", "--problems", "0"])
        #expect(inspected.status == 0, "\(inspected)")
        #expect(inspected.out.hasPrefix("City of London (201), year ending 31 March 2025: "))
        #expect(inspected.out.contains("Problems: 0 file(s) could not be read, 0 error(s)"))
    }

    @Test func inspectSaysWhatTheFolderHolds() async throws {
        let cli = try HearthCLI.make()
        defer { cli.remove() }
        let text = try await cli.run(["inspect", try HearthCLI.returns])
        #expect(text.status == 0, "\(text)")
        #expect(text.out.hasPrefix("City of London (201), year ending 31 March 2025: 5 children across the returns"))
        #expect(Self.row(text.out, "CIN_Census_201_2025.xml") == ["CIN_Census_201_2025.xml", "CIN", "census", "(XML)", "2025", "4", "5.3", "KB"])
        #expect(Self.row(text.out, "CIN census CIN episodes") == ["CIN", "census", "CIN", "episodes", "(referrals)", "5", "4", "15/01/2024", "20/11/2024"])
        #expect(Self.row(text.out, "SSDA903 2024-25 Episodes") == ["SSDA903", "2024-25", "Episodes", "4", "3", "10/06/2023", "10/02/2025"])
        #expect(text.out.contains("Problems: 0 file(s) could not be read, 0 error(s), 0 warning(s)"))

        let json = try await cli.run(["inspect", try HearthCLI.returns, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.compactMap { $0["name"] as? String } == ["CIN_Census_201_2025.xml", "SSDA903_2025_Episodes.csv", "SSDA903_2025_Header.csv"])
        #expect(files.compactMap { $0["rows"] as? Int } == [4, 4, 3])
    }

    @Test func indicatorsAreComputedFromTheFolder() async throws {
        let cli = try HearthCLI.make()
        defer { cli.remove() }
        let table = try await cli.run(["indicators", try HearthCLI.returns])
        #expect(table.status == 0, "\(table)")
        #expect(table.out.hasPrefix("City of London: 2024-25"))
        // One re-referral (TINY003's second) among four referrals; England's 22.6% is the target.
        #expect(Self.row(table.out, "Re-referrals within 12 months")?.suffix(6) == ["25.0%", "1", "4", "22.6%", "Red", "n/a"])
        #expect(Self.row(table.out, "Assessments completed within 45 working days")?.suffix(6) == ["100.0%", "2", "2", "85.7%", "Green", "n/a"])

        let csv = try await cli.run(["indicators", try HearthCLI.returns, "--format", "csv"])
        let lines = csv.out.split(separator: "\n").map(String.init)
        #expect(lines.first == "id,title,period,value,numerator,denominator,unit,target,rag,travel,note")
        #expect(lines.contains("rereferrals_12m,Re-referrals within 12 months,2024-25,25.0,1,4,%,22.6,red,n/a,"))
        #expect(lines.contains("referrals_nfa,Referrals with no further action,2024-25,25.0,1,4,%,,neutral,n/a,"))
        #expect(lines.count == 30, "a header and the 29 indicators")
    }

    @Test func jsonNumbersAreNumbersBesideTheTextShown() async throws {
        let cli = try HearthCLI.make()
        defer { cli.remove() }
        // One re-referral among four referrals: 25%, with the counts as numbers.
        let run = try await cli.run(["indicators", try HearthCLI.returns, "--id", "rereferrals_12m", "--format", "json"])
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any], "\(run)")
        let result = try #require(doc["result"] as? [String: Any])
        #expect(result["value"] as? Double == 25 && result["shown"] as? String == "25.0%")
        #expect(result["numerator"] as? Double == 1 && result["denominator"] as? Double == 4)
        #expect(result["suppressed"] as? Bool == false)
        // Suppressed: 1 of 4 is a count of 1 to 5, so the figure and its counts are withheld, null, and shown as "c".
        let safe = try await cli.run(["indicators", try HearthCLI.returns, "--id", "rereferrals_12m", "--format", "json", "--suppress"])
        let hidden = try #require((try JSONSerialization.jsonObject(with: Data(safe.out.utf8)) as? [String: Any])?["result"] as? [String: Any])
        #expect(hidden["value"] is NSNull && hidden["shown"] as? String == "c" && hidden["numerator"] is NSNull)
        #expect(hidden["suppressed"] as? Bool == true)
    }

    @Test func oneIndicatorListsTheChildrenBehindIt() async throws {
        let cli = try HearthCLI.make()
        defer { cli.remove() }
        let run = try await cli.run(["indicators", try HearthCLI.returns, "--id", "rereferrals_12m", "--children"])
        #expect(run.status == 0, "\(run)")
        #expect(run.out.hasPrefix("Re-referrals within 12 months (rereferrals_12m), 2024-25"))
        #expect(run.out.contains("Value: 25.0%   numerator 1 ÷ denominator 4"))
        #expect(Self.row(run.out, "TINY003") == ["TINY003", "02/09/2024", "numerator", "previous", "referral", "on", "15/01/2024,", "231", "days", "earlier"])
        for child in ["TINY001", "TINY002", "TINY004"] {
            #expect(Self.row(run.out, child)?.prefix(4).suffix(2) == ["denominator", "only"], "\(child)")
        }
        #expect(Self.row(run.out, "TINY005") == nil, "a child with no referral in the year is not listed")
    }

    @Test func suppressedIndicatorsShowSmallCountsAsC() async throws {
        let cli = try HearthCLI.make()
        defer { cli.remove() }
        let run = try await cli.run(["indicators", try HearthCLI.returns, "--suppress"])
        #expect(run.status == 0, "\(run)")
        #expect(run.out.hasPrefix("City of London: 2024-25 (counts of 1 to 5 suppressed as c)"))
        let rereferrals = try #require(Self.row(run.out, "Re-referrals within 12 months"))
        // Value, numerator and denominator hidden, the RAG and direction too (they would give the value away); England's target shown.
        #expect(rereferrals.suffix(6) == ["c", "c", "c", "22.6%", "c", "c"])
        #expect(!run.out.contains("25.0%") && !run.out.contains("TINY"))
    }

    @Test func importThenFiguresPlanAndUsersWorkOnOneStore() async throws {
        let cli = try HearthCLI.make()
        defer { cli.remove() }
        let db = cli.path("tiny.sqlite")
        let imported = try await cli.run(["import", try HearthCLI.returns, "--db", db, "--as", "tester"])
        #expect(imported.status == 0, "\(imported)")
        #expect(imported.out.hasPrefix("Stored submission 1 for 201 in SQLite file \(db)"))
        #expect(imported.out.contains("  returns: cin 2025, ssda903 2025\n  3 files, 32 rows\n"))
        let again = try await cli.run(["import", try HearthCLI.returns, "--db", db, "--as", "tester"])
        #expect(again.status == 0 && again.out.hasPrefix("Nothing to do: these files are already submission 1 for 201, imported by tester at "), "\(again)")

        // The figures of record: computed once from the store, as the web app shows them.
        let figures = try await cli.run(["figures", "--db", db])
        #expect(figures.status == 0, "\(figures)")
        #expect(figures.out.hasPrefix("City of London: the figures of record"))
        #expect(Self.row(figures.out, "Re-referrals within 12 months")?.suffix(8).prefix(4) == ["2024-25", "25.0%", "15.8%", "22.6%"])
        let suppressed = try await cli.run(["figures", "--db", db, "--suppress", "--format", "csv"])
        #expect(suppressed.out.split(separator: "\n").contains("rereferrals_12m,Re-referrals within 12 months,2024-25,c,c,c,22.6%,c,c,15.8%,"),
                "\(suppressed)")

        // The plan: a hand-written CSV imported; shown; exported as the very file imported.
        let plan = try HearthCLI.fixture.appendingPathComponent("plan.csv")
        let planImport = try await cli.run(["plan", "import", plan.path, "--title", "Tiny plan", "--db", db, "--by", "tester"])
        #expect(planImport.out == "Stored Tiny plan as version 1: 2 priorities, 3 actions.\n", "\(planImport)")
        let shown = try await cli.run(["plan", "show", "--db", db])
        #expect(shown.status == 0, "\(shown)")
        #expect(shown.out.hasPrefix("Tiny plan, version 1 — on "))
        #expect(Self.row(shown.out, "2.1")?.suffix(3) == ["2025-12-31", "complete", "complete"])
        #expect(shown.out.contains("Coverage: 0 findings with no action; 3 actions with no finding (1.1, 1.2, 2.1);"))
        let exported = try await cli.run(["plan", "export", "--db", db])
        let written = try String(contentsOf: plan, encoding: .utf8)
        #expect(exported.status == 0 && exported.out == written, "\(exported)")

        // Users: the password from the environment, never a flag; a short one refused.
        let added = try await cli.run(["users", "add", "ana", "--role", "analyst", "--db", db],
                                      environment: ["HEARTH_NEW_PASSWORD": "a long enough secret"])
        #expect(added.status == 0 && added.out == "Added ana (analyst) to SQLite file \(db).\n", "\(added)")
        let short = try await cli.run(["users", "add", "bob", "--role", "viewer", "--db", db], environment: ["HEARTH_NEW_PASSWORD": "short"])
        #expect(short.status != 0 && short.err.contains("the password must have at least 12 characters"), "\(short)")
        let listed = try await cli.run(["users", "list", "--db", db])
        #expect(listed.status == 0 && listed.out.split(separator: "\n").map { $0.split(separator: " ") } == [["ana", "analyst"]], "\(listed)")

        // A contributor with a digest address; the address changed and cleared; a bad one refused.
        let secret = ["HEARTH_NEW_PASSWORD": "a long enough secret"]
        let hos = try await cli.run(["users", "add", "hos", "--role", "contributor", "--email", "hos@council.example", "--db", db], environment: secret)
        #expect(hos.status == 0, "\(hos)")
        let badEmail = try await cli.run(["users", "add", "x", "--role", "contributor", "--email", "not an address", "--db", db], environment: secret)
        #expect(badEmail.status != 0 && badEmail.err.contains("--email must be one address"), "\(badEmail)")
        var rows = try await cli.run(["users", "list", "--db", db]).out.split(separator: "\n").map { $0.split(separator: " ") }
        #expect(rows.last == ["hos", "contributor", "hos@council.example"])
        let cleared = try await cli.run(["users", "email", "hos", "--db", db])
        #expect(cleared.status == 0 && cleared.out == "hos has no digest address now.\n", "\(cleared)")
        rows = try await cli.run(["users", "list", "--db", db]).out.split(separator: "\n").map { $0.split(separator: " ") }
        #expect(rows.last == ["hos", "contributor"])
        #expect(try await cli.run(["users", "email", "nobody", "x@y.uk", "--db", db]).err.contains("there is no user nobody"))
        // The digest: the imported plan's actions are owned by posts, not users, so nothing to make.
        let digest = try await cli.run(["digest", "--db", db, "--date", "2026-12-07"])
        #expect(digest.status == 0 && digest.out.hasPrefix("Digest for 07/12/2026: 0 messages made") && digest.out.contains("No mail relay is set"), "\(digest)")
        #expect(try await cli.run(["digest", "--db", db, "--date", "7 December"]).err.contains("--date must be a day as yyyy-mm-dd"))
    }

    @Test(arguments: [
        (["indicators", "RETURNS", "--children"], "Error: --children needs --id: the drill-down is of one indicator"),
        (["indicators", "RETURNS", "--id", "nope"], "Error: no indicator \"nope\"; ids: referrals_rate, "),
        (["indicators", "RETURNS", "--period", "last year"], "Error: period \"last year\" not understood"),
        (["users", "add", "x", "--role", "wizard", "--db", "DB"], "Error: --role must be one of admin, analyst, manager, secretary, board, viewer, contributor"),
        (["generate", "--out", "OUT", "--defect-rate", "0.9"], "Error: --defect-rate must be between 0 and 0.5"),
        (["frobnicate"], "Error: Unexpected argument 'frobnicate'"),
    ])
    func aBadArgumentIsRefusedWithAClearErrorAndAFailingStatus(arguments: [String], error: String) async throws {
        let cli = try HearthCLI.make()
        defer { cli.remove() }
        let filled = try arguments.map {
            switch $0 {
            case "RETURNS": try HearthCLI.returns
            case "DB": cli.path("never.sqlite")
            case "OUT": cli.path("never")
            default: $0
            }
        }
        let run = try await cli.run(filled)
        #expect(run.status == 64, "\(run)")
        #expect(run.err.hasPrefix(error), "\(run)")
        #expect(run.err.contains("Usage: hearth"), "\(run)")
        #expect(run.out.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: cli.path("never.sqlite")) && !FileManager.default.fileExists(atPath: cli.path("never")))
    }

    /// The words of the first line whose words begin with the words of `start` (a table row by its
    /// first cells, however the columns are padded), or nil.
    static func row(_ text: String, _ start: String) -> [String]? {
        let first = start.split(separator: " ").map(String.init)
        return text.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }.first { $0.starts(with: first) }
    }
}
