import Foundation
import HearthCore
import HearthData

/// Return files of known sizes for the benchmarks, generated once from the synthetic England and
/// cached in `Benchmarks/.data` (same seed, same bytes).
public enum BenchmarkReturns {
    public static let seed: UInt64 = 7
    public static let year = 2025

    public static var cacheDirectory: URL {
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        return here.appendingPathComponent(".data", isDirectory: true)
    }

    /// The synthetic England, generated on first use.
    public static func england() throws -> Dataset {
        let stats = try PublishedStatistics.shipped()
        let profile = try AuthorityProfile.published("england", collectionYear: year, statistics: stats)
        return SyntheticAuthority().generate(profile: profile, collectionYear: year, seed: seed)
    }

    /// A CIN census file with `children` children (the synthetic England's first ones, copied
    /// with new IDs when more are asked for than it holds).
    public static func cinCensus(children: Int, from england: @autoclosure () throws -> Dataset) throws -> URL {
        let url = cacheDirectory.appendingPathComponent("cin-\(children).xml")
        if FileManager.default.fileExists(atPath: url.path) { return url }
        try FileManager.default.createDirectory(at: cacheDirectory, withIntermediateDirectories: true)
        guard let census = try england().cin else { throw BenchmarkDataError.missing("CIN census") }
        let kids = Replicate.take(children, from: census.children) { c, copy in
            CINChild(childID: c.childID + "X\(copy)", upn: c.upn, formerUPN: c.formerUPN, upnUnknown: c.upnUnknown,
                     birthDate: c.birthDate, expectedBirthDate: c.expectedBirthDate, sex: c.sex, deathDate: c.deathDate,
                     ethnicity: c.ethnicity, disabilities: c.disabilities, episodes: c.episodes)
        }
        try CINCensusWriter.write(CINCensus(header: census.header, children: kids), to: url)
        return url
    }

    /// A folder holding an SSDA903 return (this year and last) of `children` children.
    public static func ssda903(children: Int, from england: @autoclosure () throws -> Dataset) throws -> URL {
        let dir = cacheDirectory.appendingPathComponent("ssda903-\(children)", isDirectory: true)
        if FileManager.default.fileExists(atPath: dir.path) { return dir }
        let data = try england()
        guard let current = data.ssda903, let previous = data.ssda903Previous else { throw BenchmarkDataError.missing("SSDA903") }
        let ids = Array(Set(current.header.map(\.childID) + previous.header.map(\.childID))).sorted()
        let plan = Replicate.plan(children, of: ids)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for ret in [current, previous] {
            _ = try SSDA903CSVWriter().write(Replicate.ssda903(ret, plan), to: dir)
        }
        return dir
    }
}

extension BenchmarkReturns {
    /// The synthetic England's CIN census, SSDA903 (two years) and workforce census in one
    /// folder. Annex A is left out: it is an authority's inspection extract, never national.
    public static func writeEngland(to dir: URL) throws {
        if FileManager.default.fileExists(atPath: dir.path) { return }
        let e = try england()
        let returns = Dataset(authorityCode: e.authorityCode, cin: e.cin, ssda903: e.ssda903,
                              ssda903Previous: e.ssda903Previous, workforce: e.workforce)
        _ = try ReturnSetWriter().write(returns, to: dir)
    }
}

public enum BenchmarkDataError: Error, CustomStringConvertible {
    case missing(String)
    public var description: String {
        switch self { case .missing(let what): "the synthetic England has no \(what)" }
    }
}
