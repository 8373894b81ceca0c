import ArgumentParser
import HearthServer
import HearthStore

/// `--db` and `--la` for the programme commands, and the service they work through (the same
/// one the web app uses, so RAG and coverage read the same).
struct ProgrammeOptions: ParsableArguments {
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Authority code (default: the authority of the latest submission).") var la: String?

    func withProgramme<T>(_ body: (ProgrammeService) async throws -> T) async throws -> T {
        let store = try await database.open()
        do {
            let indicators = try await WebServer.indicatorService(store: store, authority: la, paths: HearthPaths(dataDir: nil))
            let service = ProgrammeService(store: store, indicators: indicators)
            try await service.loadOfstedHistoryIfEmpty()
            let result = try await body(service)
            try await store.close()
            return result
        } catch {
            try? await store.close()
            throw error
        }
    }
}
