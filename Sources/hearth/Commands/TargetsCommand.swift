import ArgumentParser
import Foundation
import HearthApplication
import HearthCore
import HearthIndicators
import HearthReports

/// `hearth targets`: the targets in force and the targets set in Hearth, for any indicator or
/// measure (the returns', the workforce's, the placements' or a local one), through the service
/// the web app's target page and `/api/v1/targets` use.
struct TargetsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "targets",
        abstract: "Targets of the indicators and local measures: list those in force, set one, show one's history.",
        discussion: "A target set here replaces England's figure and targets.csv for its indicator from the day it names; every setting is kept and audited.",
        subcommands: [List.self, SetTarget.self, History.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every target in force: England's figure, targets.csv or one set in Hearth (what GET /api/v1/targets gives where the target is not null).")

        @OptionGroup var options: MeasureStoreOptions
        @Option(help: "Output: table, csv or json.") var format: OutputFormat = .table

        /// As `/api/v1/targets` gives one.
        struct Row: Encodable {
            let id: String
            let title: String
            let target: Double
            let tolerance: Double
            let source: String
            /// The target and tolerance as the pages write them.
            let shown: String
        }

        func run() async throws {
            let rows = try await options.withServices { _, service, indicators -> [Row] in
                // The indicators `/api/v1/targets` lists, in its order (an officer sees every one).
                let defs = try await service.targetable(for: .exact)
                let targets = indicators.targets
                return defs.compactMap { d in
                    targets[d.id].map { t in
                        Row(id: d.id.rawValue, title: d.title, target: t.target, tolerance: t.tolerance, source: t.source,
                            shown: TargetsCommand.shown(t.target, t.tolerance, d))
                    }
                }
            }
            switch format {
            case .json:
                print(jsonText(rows))
            case .csv:
                print((["id,title,target,tolerance,source"] + rows.map { r in
                    [r.id, r.title, String(r.target), String(r.tolerance), r.source].map(csvField).joined(separator: ",")
                }).joined(separator: "\n"))
            case .table:
                var t = TextTable("id", "title", "target", "source")
                for r in rows { t.add([r.id, String(r.title.prefix(50)), r.shown, r.source]) }
                print(t.render())
            }
        }
    }

    struct SetTarget: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Set the target of an indicator or local measure from a day, with the reason, as the web app's target page does; audited.",
            discussion: "A measure read in context has no target. A percentage target is between 0 and 100.")

        @Argument(help: "The indicator's or measure's id (`hearth figures --format csv`, `hearth measures list`).") var indicatorID: String
        @Option(help: "The figure aimed for, in the indicator's unit (a percentage as e.g. 80).") var target: Double
        @Option(help: "How far short of the target is still amber, 0 or more.") var tolerance: Double
        @Option(help: "The day it applies from, dd/mm/yyyy or yyyy-mm-dd (default: today).") var from: String?
        @Option(help: "Why the target is set (kept in its history).") var reason: String
        @Option(help: "Who is setting it, for the audit log.") var by: String = NSUserName()
        @OptionGroup var options: MeasureStoreOptions

        func validate() throws {
            if let from, Day(flexible: from) == nil { throw ValidationError("--from \"\(from)\" is not a date (dd/mm/yyyy or yyyy-mm-dd)") }
        }

        func run() async throws {
            let (d, setting, inForce) = try await options.withServices { _, targets, indicators in
                let d = try await MeasureCLI.definition(indicatorID, targets)
                let day = from.flatMap { Day(flexible: $0) } ?? indicators.clock.today()
                let s = try await MeasureCLI.refusingFields {
                    try await targets.set(d.id.rawValue, target: target, tolerance: tolerance, from: day, reason: reason, by: by)
                }
                return (d, s, indicators.targets[d.id])
            }
            print("Set the target of \(d.title) (\(d.id.rawValue)): \(TargetsCommand.shown(setting.target, setting.tolerance, d)), from \(setting.from.uk), by \(setting.setBy): \(setting.reason)")
            print("In force now: " + (inForce.map { "\(TargetsCommand.shown($0.target, $0.tolerance, d)) (\($0.source))" } ?? "no target"))
        }
    }

    struct History: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The target in force of an indicator or local measure and every target set for it in Hearth, newest first.")

        @Argument(help: "The indicator's or measure's id.") var indicatorID: String
        @OptionGroup var options: MeasureStoreOptions
        @Option(help: "Output: table, csv or json.") var format: OutputFormat = .table

        struct Row: Encodable {
            let target: Double
            let tolerance: Double
            let from: String
            let reason: String
            let setBy: String
            let setAt: String
        }

        func run() async throws {
            let (d, history, inForce) = try await options.withServices { _, targets, indicators in
                let d = try await MeasureCLI.definition(indicatorID, targets)
                return (d, try await targets.history(d.id.rawValue), indicators.targets[d.id])
            }
            let rows = history.map { s in
                Row(target: s.target, tolerance: s.tolerance, from: s.from.iso, reason: s.reason, setBy: s.setBy,
                    setAt: s.setAt.formatted(.iso8601))
            }
            switch format {
            case .json:
                print(jsonText(rows))
            case .csv:
                print((["target,tolerance,from,reason,set_by,set_at"] + rows.map { r in
                    [String(r.target), String(r.tolerance), r.from, r.reason, r.setBy, r.setAt].map(csvField).joined(separator: ",")
                }).joined(separator: "\n"))
            case .table:
                print("\(d.title) (\(d.id.rawValue))")
                print("In force: " + (inForce.map { "\(TargetsCommand.shown($0.target, $0.tolerance, d)) (\($0.source))" }
                    ?? (d.polarity == .context ? "read in context: no target" : "no target")))
                guard !history.isEmpty else {
                    print("No target set in Hearth yet.")
                    return
                }
                var t = TextTable("target", "amber within", "from", "set by", "set at", "reason")
                for s in history {
                    t.add([IndicatorFormat.value(s.target, d), IndicatorFormat.value(s.tolerance, d), s.from.uk, s.setBy,
                           s.setAt.formatted(.iso8601), s.reason])
                }
                print("")
                print(t.render())
            }
        }
    }

    /// "75.0%, amber within 5.0%", as the target page writes it.
    static func shown(_ target: Double, _ tolerance: Double, _ d: IndicatorDefinition) -> String {
        "\(IndicatorFormat.value(target, d)), amber within \(IndicatorFormat.value(tolerance, d))"
    }
}
