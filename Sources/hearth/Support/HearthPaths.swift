import Foundation

/// Where Hearth keeps what the user adds (newer published statistics, targets), in one place:
/// `--data-dir`, else `HEARTH_DATA_DIR`, else `./hearth-data`.
struct HearthPaths {
    let dataDirectory: URL

    init(dataDir: String?) {
        let path = dataDir ?? ProcessInfo.processInfo.environment["HEARTH_DATA_DIR"] ?? "hearth-data"
        dataDirectory = URL(fileURLWithPath: path, isDirectory: true)
    }

    var publishedDirectory: URL { dataDirectory.appendingPathComponent("published", isDirectory: true) }
    var targetsFile: URL { dataDirectory.appendingPathComponent("targets.csv") }
}
