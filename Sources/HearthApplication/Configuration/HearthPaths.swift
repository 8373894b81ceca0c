import Foundation

/// Where Hearth keeps what the user adds (newer published statistics, targets), in one place:
/// `--data-dir`, else `HEARTH_DATA_DIR` (`HearthSettings`), else `./hearth-data`.
public struct HearthPaths: Sendable {
    public let dataDirectory: URL

    public init(dataDir: String?, settings: HearthSettings = HearthSettings()) {
        let path = dataDir ?? settings.dataDirectory ?? "hearth-data"
        dataDirectory = URL(fileURLWithPath: path, isDirectory: true)
    }

    public var publishedDirectory: URL { dataDirectory.appendingPathComponent("published", isDirectory: true) }
    public var targetsFile: URL { dataDirectory.appendingPathComponent("targets.csv") }
}
