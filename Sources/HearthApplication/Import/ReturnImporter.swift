import Foundation
import HearthData
import HearthStore
import Logging

/// Reads a folder of return files and stores them as one submission: what the upload page and
/// `hearth demo` both do.
public struct ReturnImporter: Sendable {
    let store: any Store
    public let options: ReturnSetReader.Options

    public init(store: any Store, options: ReturnSetReader.Options = .init()) {
        self.store = store
        self.options = options
    }

    public struct Result: Sendable {
        public let outcome: ImportOutcome
        public let returnSet: ReturnSet
    }

    /// The steps of an import, as a progress page names them.
    public enum Step: Int, Sendable, CaseIterable {
        case reading, storing

        public var title: String {
            switch self {
            case .reading: "Reading and checking the files"
            case .storing: "Storing the returns"
            }
        }
    }

    public func importFolder(_ directory: URL, by user: String, authority: String?,
                             progress: @Sendable (Step) async -> Void = { _ in }) async throws -> Result {
        let started = ContinuousClock.now
        await progress(.reading)
        let set = await ReturnSetReader(options: options).read(directory: directory)
        let files = Self.files(in: directory)
        Self.logger.debug("returns read", metadata: ["files": "\(files.count)", "problems": "\(set.problems.count)",
                                                   "took": "\(ContinuousClock.now - started)"])
        await progress(.storing)
        let outcome = try await store.importSubmission(ImportRequest(
            returnSet: set, files: files, importedBy: user, authority: set.dataset.authorityCode ?? authority))
        Self.logger.debug("returns stored", metadata: ["outcome": "\(Self.kind(outcome))", "took": "\(ContinuousClock.now - started)"])
        return Result(outcome: outcome, returnSet: set)
    }

    /// Counts and durations only: never a file's contents or a child's identifier (a refusal's
    /// reasons can quote a row, so only their number is logged).
    static let logger = Logger(label: "hearth.import")

    private static func kind(_ outcome: ImportOutcome) -> String {
        switch outcome {
        case .stored(let s): "stored as submission \(s.id), \(s.rowCount) rows"
        case .alreadyStored(let s): "already stored as submission \(s.id)"
        case .refused(let reasons): "refused for \(reasons.count) reasons"
        }
    }

    /// Regular, visible files in path order: the ones the reader reads.
    public static func files(in directory: URL) -> [URL] {
        var urls: [URL] = []
        if let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey],
                                                       options: [.skipsHiddenFiles, .skipsPackageDescendants]) {
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                urls.append(url)
            }
        }
        return urls.sorted { $0.path < $1.path }
    }
}
