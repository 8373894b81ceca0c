import Foundation
import HearthCore
import HearthData
import HearthStore

/// A generated authority written to files and read back, made once per authority and seed per run:
/// Halton (876), full size, for the round trips that must cross every batch and chunk size; Rutland
/// (857), a fifth of Halton's children (still more than one insert statement in its larger tables),
/// for the tests that need real returns but not many of them.
struct GeneratedReturns: Sendable {
    let directory: URL
    let files: [URL]
    let returnSet: ReturnSet

    var dataset: Dataset { returnSet.dataset }

    func request(by user: String = "analyst", at date: Date = Date(timeIntervalSince1970: 1_750_000_000)) -> ImportRequest {
        ImportRequest(returnSet: returnSet, files: files, importedBy: user, importedAt: date)
    }

    static func halton(seed: UInt64 = 7) async throws -> GeneratedReturns {
        try await cache.get(authority: "876", seed: seed)
    }

    static func rutland(seed: UInt64 = 7) async throws -> GeneratedReturns {
        try await cache.get(authority: "857", seed: seed)
    }

    /// Generates `seed`'s authority into a new folder.
    static func make(seed: UInt64, year: Int = 2025, authority: String = "876") async throws -> GeneratedReturns {
        guard let statistics = shipped else { throw StoreError.notFound("the shipped published statistics") }
        let profile = try AuthorityProfile.published(authority, collectionYear: year, statistics: statistics)
        let generator = SyntheticAuthority()
        let dataset = generator.generate(profile: profile, collectionYear: year, seed: seed)
        // The staff files and a cost table go with the returns, so every import stores them too.
        let staffing = generator.staffing(for: dataset, profile: profile, seed: seed)
        let costs = SyntheticPlacementCosts.table(for: dataset.ssda903, seed: seed)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-returns-\(seed)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let files = try ReturnSetWriter(staffing: staffing, placementCosts: costs).write(dataset, to: dir).sorted { $0.path < $1.path }
        let set = await ReturnSetReader().read(files: files)
        return GeneratedReturns(directory: dir, files: files, returnSet: set)
    }

    /// The shipped DfE figures the generator models an authority on, read once per run.
    private static let shipped = try? PublishedStatistics.shipped()

    private static let cache = Cache()

    private actor Cache {
        var made: [String: Task<GeneratedReturns, any Error>] = [:]
        func get(authority: String, seed: UInt64) async throws -> GeneratedReturns {
            let key = "\(authority)-\(seed)"
            if let task = made[key] { return try await task.value }
            let task = Task { try await GeneratedReturns.make(seed: seed, authority: authority) }
            made[key] = task
            return try await task.value
        }
    }
}
