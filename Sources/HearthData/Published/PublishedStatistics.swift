import Foundation

/// A set of DfE published-statistics tables, read from the files shipped with Hearth or given.
public struct PublishedStatistics: Sendable {
    public let tables: [PublishedFile: PublishedTable]

    public init(tables: [PublishedFile: PublishedTable]) { self.tables = tables }

    public subscript(file: PublishedFile) -> PublishedTable? { tables[file] }

    /// Reads the named shipped files (all of them by default) from the package resources.
    public static func shipped(_ files: [PublishedFile] = PublishedFile.allCases) throws(PublishedStatisticsError) -> PublishedStatistics {
        var tables: [PublishedFile: PublishedTable] = [:]
        for file in files {
            guard let url = Bundle.module.url(forResource: file.rawValue, withExtension: "csv",
                                              subdirectory: "published/dfe") else {
                throw .missingResource(file.fileName)
            }
            tables[file] = try read(url: url, name: file.fileName)
        }
        return PublishedStatistics(tables: tables)
    }

    /// Reads one file from disk (a newer download than the shipped one, say).
    public static func read(url: URL, name: String? = nil) throws(PublishedStatisticsError) -> PublishedTable {
        let label = name ?? url.lastPathComponent
        let reader: CSVReader
        do { reader = try CSVReader(url: url) } catch { throw .unreadable(file: label, error) }
        return try PublishedTable(name: label, reader: reader)
    }

    /// A value, or nil when the file is not loaded or the row is absent.
    public func value(_ file: PublishedFile, _ measure: String, level: GeographicLevel, code: String = "",
                      year: Int, where filters: [String: String] = [:]) -> PublishedValue? {
        tables[file]?.value(measure, level: level, code: code, year: year, where: filters)
    }
}
