import Foundation
import HearthData
import HearthIndicators
import HearthStore

extension IndicatorService {
    /// The indicator service for an authority in a store, as the server, the CLI and the demo
    /// open it: the authority asked for or the one of the latest submission, targets for its
    /// latest year, DfE's published figures, and the figures computed once if a store imported
    /// from the command line has none yet.
    public static func open(store: any Store, authority requested: String?, paths: HearthPaths) async throws -> IndicatorService {
        try await open(store: store, authority: requested, targets: { try DefaultTargets.load(paths, year: $0) },
                       statistics: { try? PublishedLibrary.load(paths) })
    }

    /// The same, with the targets of a year and the published figures given by the caller (the
    /// tests read the shipped files once for all the apps they build).
    public static func open(store: any Store, authority requested: String?,
                            targets: (Int) async throws -> TargetSet,
                            statistics: () async -> PublishedStatistics?) async throws -> IndicatorService {
        let submissions = try await store.submissions(authority: nil)
        guard let authority = requested ?? submissions.last?.authority else {
            throw ApplicationError.notFound("no authority: import a set of returns first, or pass --la")
        }
        let years = submissions.filter { $0.authority == authority }.compactMap(\.collectionYear)
        let service = IndicatorService(store: store, authority: authority,
                                       targets: try await targets(years.max() ?? Calendar.current.component(.year, from: Date())),
                                       statistics: await statistics())
        try await service.reloadTargets()
        if !years.isEmpty, try await service.computedYears().isEmpty {
            try await service.recompute()
        }
        return service
    }
}
