import ArgumentParser
import Foundation
import HearthApplication
import HearthCore

struct MeasuresCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create a local measure and print its id (local_ and the title), as the web app's form does; audited.",
        discussion: "Board members see it unless --hidden-from-boards. A measure that --counts-children shows counts of 1 to 5 to board roles as \"c\", and a percentage of children is then entered with its counts (numerator and denominator).")

    @Option(help: "Title, e.g. \"Contacts decided within one working day\" (the id is made from it).") var title: String
    @Option(help: "How the measure is defined: what is counted, of what.") var definition: String
    @Option(help: "Unit: \(MeasureCLI.names(LocalMeasure.Unit.self)).") var unit: String
    @Option(help: "Which way is better: \(MeasureCLI.names(LocalMeasure.Polarity.self)) (context: neither, read in context; no target).")
    var polarity: String
    @Option(help: "How often a value is reported: \(MeasureCLI.names(LocalMeasure.Frequency.self)).") var frequency: String
    @Option(help: "Area of the board's reading (and the pack): \(MeasureCLI.names(LocalMeasure.Area.self)).") var area: String
    @Option(help: "The user who answers for it (a user of Hearth: `hearth users list`).") var owner: String
    @Option(help: "Where the figures come from, e.g. \"front door triage log\".") var source: String
    @Flag(help: "Keep it from board members, viewers and secretaries (pages, API and pack).") var hiddenFromBoards = false
    @Flag(help: "Its values are counts of children, or made of them: counts of 1 to 5 are \"c\" to board roles.") var countsChildren = false
    @Option(help: "Who is creating it, for the audit log.") var by: String = NSUserName()
    @OptionGroup var options: MeasureStoreOptions

    func validate() throws {
        _ = try draft()
    }

    func draft() throws -> LocalMeasureService.Draft {
        LocalMeasureService.Draft(
            title: title, definition: definition, unit: try MeasureCLI.choice(unit, "unit", LocalMeasure.Unit.self),
            polarity: try MeasureCLI.choice(polarity, "polarity", LocalMeasure.Polarity.self),
            frequency: try MeasureCLI.choice(frequency, "frequency", LocalMeasure.Frequency.self),
            area: try MeasureCLI.choice(area, "area", LocalMeasure.Area.self), owner: owner, source: source,
            boardVisible: !hiddenFromBoards, countsChildren: countsChildren)
    }

    func run() async throws {
        let draft = try draft()
        let m = try await options.withServices { measures, _, _ in
            try await MeasureCLI.refusingFields { try await measures.create(draft, by: by) }
        }
        print(m.id)
    }
}
