import Foundation

/// The seed files of one target: the test corpus folders it names, and its own hand-written
/// seeds in `FuzzSeeds/<target>/`, in name order so a run is reproducible.
enum SeedCorpus {
    static func load(_ target: FuzzTarget, root: URL?, maxLength: Int) -> [[UInt8]] {
        guard let root else { return [] }
        let folders = target.corpusFolders.map { root.appendingPathComponent($0) }
            + [root.appendingPathComponent("FuzzSeeds/\(target.name)")]
        var files: [URL] = []
        for folder in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names.sorted() where target.extensions.contains((name as NSString).pathExtension.lowercased()) {
                files.append(folder.appendingPathComponent(name))
            }
        }
        // Big seeds slow every mutant down without finding more: left out, with their path said.
        return files.compactMap { url in
            guard let data = try? Data(contentsOf: url) else { return nil }
            if data.count > maxLength, target.shape == .text {
                FileHandle.standardError.write(Data("hearth-fuzz: seed \(url.path) is over \(maxLength) bytes; skipped\n".utf8))
                return nil
            }
            return [UInt8](data)
        }
    }
}
