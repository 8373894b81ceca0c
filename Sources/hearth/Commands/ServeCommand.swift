import ArgumentParser
import Foundation
import HearthApplication
import HearthServer
import HearthStore

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the web app: indicators, benchmarks, data and users, for the authority in the store.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var server: ServerOptions

    @Option(help: "Authority code to serve (default: the authority of the latest submission).") var la: String?
    @Option(help: "Folder with targets.csv and imported releases (default HEARTH_DATA_DIR or ./hearth-data).") var dataDir: String?

    func run() async throws {
        let store = try await database.open()
        do {
            try await WebServer.run(store: store, authority: la, configuration: server.configuration(), paths: HearthPaths.of(dataDir),
                                    announce: { print($0); fflush(nil) })
            try await store.close()
        } catch {
            try? await store.close()
            throw error
        }
    }
}
