import Foundation

/// Where Hearth keeps what the user adds (newer published statistics, targets), in one place:
/// `--data-dir`, else `HEARTH_DATA_DIR`, else `./hearth-data`.
public struct HearthPaths {
    public let dataDirectory: URL

    public init(dataDir: String?) {
        let path = dataDir ?? ProcessInfo.processInfo.environment["HEARTH_DATA_DIR"] ?? "hearth-data"
        dataDirectory = URL(fileURLWithPath: path, isDirectory: true)
    }

    public var publishedDirectory: URL { dataDirectory.appendingPathComponent("published", isDirectory: true) }
    public var targetsFile: URL { dataDirectory.appendingPathComponent("targets.csv") }
}
