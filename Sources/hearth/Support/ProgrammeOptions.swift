import ArgumentParser
import HearthApplication
import HearthCore
import HearthReports
import HearthStore

/// `--db` and `--la` for the programme commands, and the services they work through (the same
/// ones the web app uses, so RAG, coverage and packs read the same).
struct ProgrammeOptions: ParsableArguments {
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Authority code (default: the authority of the latest submission).") var la: String?

    func withProgramme<T>(_ body: (ProgrammeService) async throws -> T) async throws -> T {
        try await withServices { _, programme, _ in try await body(programme) }
    }

    /// The board pack service beside the programme, pricing the workforce at `rates`.
    func withPacks<T>(rates: WorkforceCostRates, _ body: (BoardPackService, ProgrammeService) async throws -> T) async throws -> T {
        try await withServices { store, programme, indicators in
            let printer = ChromiumPrinter.find(configured: try HearthSettings.process().chromium)
            return try await body(BoardPackService(store: store, programme: programme, indicators: indicators, rates: rates, printer: printer),
                           programme)
        }
    }

    /// The self-evaluation's service, over the pack's renderers.
    func withSelfEvaluation<T>(rates: WorkforceCostRates, _ body: (SelfEvaluationService) async throws -> T) async throws -> T {
        try await withServices { store, programme, indicators in
            let printer = ChromiumPrinter.find(configured: try HearthSettings.process().chromium)
            let packs = BoardPackService(store: store, programme: programme, indicators: indicators, rates: rates, printer: printer)
            return try await body(SelfEvaluationService(store: store, packs: packs))
        }
    }

    /// The store and the programme beside it (the digest reads users and writes the outbox).
    func withStore<T>(_ body: (any Store, ProgrammeService) async throws -> T) async throws -> T {
        try await withServices { store, programme, _ in try await body(store, programme) }
    }

    private func withServices<T>(_ body: (any Store, ProgrammeService, IndicatorService) async throws -> T) async throws -> T {
        let store = try await database.open()
        do {
            let indicators = try await IndicatorService.open(store: store, authority: la, paths: HearthPaths.of(nil))
            let service = ProgrammeService(store: store, indicators: indicators)
            try await service.loadOfstedHistoryIfEmpty()
            let result = try await body(store, service, indicators)
            try await store.close()
            return result
        } catch {
            try? await store.close()
            throw error
        }
    }
}
