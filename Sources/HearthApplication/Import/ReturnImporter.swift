import Foundation
import HearthData
import HearthStore

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

    public func importFolder(_ directory: URL, by user: String, authority: String?) async throws -> Result {
        let set = await ReturnSetReader(options: options).read(directory: directory)
        let files = Self.files(in: directory)
        let outcome = try await store.importSubmission(ImportRequest(
            returnSet: set, files: files, importedBy: user, authority: set.dataset.authorityCode ?? authority))
        return Result(outcome: outcome, returnSet: set)
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
