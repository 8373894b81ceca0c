import Foundation
import HearthData

/// The published statistics Hearth benchmarks against: the shipped files, each replaced by a
/// newer release the user imported with `hearth benchmarks import`.
public enum PublishedLibrary {
    public static func load(_ paths: HearthPaths) throws -> PublishedStatistics {
        var tables = try PublishedStatistics.shipped().tables
        let dir = paths.publishedDirectory
        let files = (try? FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)) ?? []
        for url in files.sorted(by: { $0.lastPathComponent < $1.lastPathComponent }) where url.pathExtension.lowercased() == "csv" {
            let table = try PublishedStatistics.read(url: url)
            if let kind = PublishedFile.recognise(table) { tables[kind] = table }
        }
        return PublishedStatistics(tables: tables)
    }
}
