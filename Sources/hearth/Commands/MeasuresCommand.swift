import ArgumentParser
import Foundation
import HearthApplication
import HearthCore
import HearthIndicators
import HearthStore

/// `hearth measures`: the local measures (what no statutory return holds) from the command line,
/// through the service the web app and the API use, so every write is checked and audited alike.
struct MeasuresCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measures",
        abstract: "The council's own local measures: list them, create one, import a CSV of values, write the CSV template.",
        discussion: "The same register as the web app's Local measures page and /api/v1/measures; targets for them are set with `hearth targets set`.",
        subcommands: [MeasuresListCommand.self, MeasuresCreateCommand.self, MeasuresImportCommand.self, MeasuresTemplateCommand.self])
}

/// `--db`, `--pool`, `--la` and `--data-dir` for `hearth measures` and `hearth targets`, and the
/// services they work through: the store and the indicator service opened as `hearth figures`
/// opens them, the local measure and target services on top, as the web app builds them.
struct MeasureStoreOptions: ParsableArguments {
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Authority code (default: the authority of the latest submission).") var la: String?
    @Option(help: "Folder with targets.csv and imported releases (default HEARTH_DATA_DIR or ./hearth-data).") var dataDir: String?

    func withServices<T>(_ body: (LocalMeasureService, TargetService, IndicatorService) async throws -> T) async throws -> T {
        let store = try await database.open()
        do {
            let indicators = try await IndicatorService.open(store: store, authority: la, paths: HearthPaths.of(dataDir))
            let result = try await body(LocalMeasureService(store: store, indicators: indicators),
                                        TargetService(store: store, indicators: indicators), indicators)
            try await store.close()
            return result
        } catch {
            try? await store.close()
            throw error
        }
    }
}

/// What the measure and target commands share: the service's refusals said as the flags that
/// caused them, an unknown id named, a number as the CSV and JSON write it.
enum MeasureCLI {
    /// The service's problems by field (`title`, `owner`, `target`…) as the flags of the same
    /// names, one line each, as a usage error.
    static func refusingFields<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let e as LocalMeasureService.InvalidFields {
            throw ValidationError(e.problems.map { "--\($0.field): \($0.message)" }.joined(separator: "\n"))
        }
    }

    /// The measure named, or a usage error naming the id.
    static func measure(_ id: String, _ service: LocalMeasureService) async throws -> LocalMeasure {
        do {
            return try await service.measure(id)
        } catch let e as ApplicationError where e.kind == .notFound {
            throw ValidationError("no local measure \"\(id)\": `hearth measures list` gives the ids")
        }
    }

    /// The indicator or measure named, or a usage error naming the id.
    static func definition(_ id: String, _ service: TargetService) async throws -> IndicatorDefinition {
        do {
            return try await service.definition(id)
        } catch let e as ApplicationError where e.kind == .notFound {
            throw ValidationError("no indicator or measure \"\(id)\": the ids are those of `hearth figures --format csv` and `hearth measures list`")
        }
    }

    /// One of an enum's raw values, or a usage error listing them all.
    static func choice<T: RawRepresentable<String> & CaseIterable>(_ text: String, _ flag: String, _: T.Type) throws -> T {
        guard let value = T(rawValue: text) else { throw ValidationError("--\(flag) must be one of \(names(T.self))") }
        return value
    }

    /// The raw values of an enum, as `--help` lists them.
    static func names<T: RawRepresentable<String> & CaseIterable>(_: T.Type) -> String {
        T.allCases.map(\.rawValue).joined(separator: ", ")
    }

    /// A number as the CSV writes it ("72.5"); empty when there is none.
    static func number(_ v: Double?) -> String { v.map { String($0) } ?? "" }
}
