import Foundation
import HearthCore
import Testing
@testable import HearthData
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A returns folder can hold more than files: links, pipes, sockets. A link to a return is
/// read as the return (it used to be passed over silently, so the folder read as empty);
/// everything else is skipped with a warning naming it, and a pipe is never opened (opening
/// one for reading waits for a writer for ever).
@Suite struct ReturnFolderEntryTests {
    let episodes = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
        + "1,01/06/2024,S,C2,N1,U6,PR1,,,,WA7 1AA,WA8 0AA,XXXXXXX\n"

    func folder(_ tag: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-\(tag)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test(.timeLimit(.minutes(1))) func readsALinkedReturnAndNamesEverySkippedEntry() async throws {
        // Given a folder whose return is a link to a file outside it, beside a broken link, a
        // named pipe and a link back to the folder itself
        let outside = try folder("outside")
        let dir = try folder("returns")
        defer {
            try? FileManager.default.removeItem(at: dir)
            try? FileManager.default.removeItem(at: outside)
        }
        let target = outside.appendingPathComponent("episodes.csv")
        try Data(episodes.utf8).write(to: target)
        try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent("episodes.csv"), withDestinationURL: target)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("gone.csv").path,
                                                   withDestinationPath: outside.appendingPathComponent("nothing.csv").path)
        #expect(mkfifo(dir.appendingPathComponent("pipe.csv").path, 0o600) == 0)
        try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent("loop"), withDestinationURL: dir)

        // When
        let set = await ReturnSetReader().read(directory: dir)

        // Then the linked return is read and each other entry is named with why it was skipped
        #expect(set.dataset.ssda903?.episodes.count == 1)
        #expect(set.files.contains { $0.name == "episodes.csv" && $0.kind == .ssda903Table(.episodes) })
        let folderName = dir.lastPathComponent
        let skipped = Dictionary(set.problems.filter { $0.message.hasPrefix("skipped") }.map { ($0.file, $0.message) },
                                 uniquingKeysWith: { a, _ in a })
        #expect(skipped["\(folderName)/pipe.csv"]?.contains("named pipe") == true)
        #expect(skipped["\(folderName)/gone.csv"]?.contains("does not exist") == true)
        #expect(skipped["\(folderName)/loop"]?.contains("link to a folder") == true)
        #expect(set.problems.filter { $0.message.hasPrefix("skipped") }.allSatisfy { $0.severity == .warning })
        #expect(!set.hasFatalProblems)
    }

    @Test(.timeLimit(.minutes(1))) func aPipeGivenByNameIsRefusedWithoutBeingOpened() async throws {
        // Given a named pipe passed as a file (as `hearth inspect x.csv` would)
        let dir = try folder("fifo")
        defer { try? FileManager.default.removeItem(at: dir) }
        let pipe = dir.appendingPathComponent("episodes.csv")
        #expect(mkfifo(pipe.path, 0o600) == 0)

        // When
        let set = await ReturnSetReader().read(files: [pipe])

        // Then
        #expect(set.problems.contains { $0.file == "episodes.csv" && $0.message.contains("named pipe") })
    }

    @Test func describesEachKindOfEntry() throws {
        let dir = try folder("kinds")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("a.csv")
        try Data("x\n".utf8).write(to: file)
        try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent("link.csv"), withDestinationURL: file)
        #expect(FileEntry(path: file.path).kind == .file)
        #expect(FileEntry(path: file.path).size == 2)
        #expect(FileEntry(path: dir.appendingPathComponent("link.csv").path).kind == .linkToFile)
        #expect(FileEntry(path: dir.appendingPathComponent("link.csv").path).size == 2)
        #expect(FileEntry(path: dir.path).kind == .directory)
        #expect(FileEntry(path: "/dev/null").kind == .device)
        #expect(FileEntry(path: dir.appendingPathComponent("none").path).skipReason != nil)
    }
}
