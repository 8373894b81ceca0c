import Foundation

/// The files of a returns folder as `ReturnSetReader.read(directory:)` takes them: regular
/// files, hidden ones skipped, in path order.
enum ReturnFolder {
    static func files(in directory: URL) -> [URL] {
        let fm = FileManager.default
        var urls: [URL] = []
        if let walker = fm.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey],
                                      options: [.skipsHiddenFiles, .skipsPackageDescendants]) {
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                urls.append(url)
            }
        }
        return urls.sorted { $0.path < $1.path }
    }
}
