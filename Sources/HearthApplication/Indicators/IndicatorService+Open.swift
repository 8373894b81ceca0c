import Foundation
import HearthStore

extension IndicatorService {
    /// The indicator service for an authority in a store, as the server, the CLI and the demo
    /// open it: the authority asked for or the one of the latest submission, targets for its
    /// latest year, DfE's published figures, and the figures computed once if a store imported
    /// from the command line has none yet.
    public static func open(store: any Store, authority requested: String?, paths: HearthPaths) async throws -> IndicatorService {
        let submissions = try await store.submissions(authority: nil)
        guard let authority = requested ?? submissions.last?.authority else {
            throw ApplicationError.notFound("no authority: import a set of returns first, or pass --la")
        }
        let years = submissions.filter { $0.authority == authority }.compactMap(\.collectionYear)
        let targets = try DefaultTargets.load(paths, year: years.max() ?? Calendar.current.component(.year, from: Date()))
        let statistics = try? PublishedLibrary.load(paths)
        let service = IndicatorService(store: store, authority: authority, targets: targets, statistics: statistics)
        if !years.isEmpty, try await service.computedYears().isEmpty {
            try await service.recompute()
        }
        return service
    }
}
