import Foundation
import Testing
import HearthCore
@testable import HearthData

@Suite struct ReturnSetReaderTests {
    /// A fresh temporary folder per test.
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-rs-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func write(_ text: String, _ name: String, in dir: URL) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }

    @Test func recognisesFilesByContentNotName() async throws {
        // Given a folder whose file names say nothing
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,M,01/01/2015,WBRI,UN1,,\n", "a.csv", in: dir)
        try write("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n1,01/06/2024,S,C2,N1,U6,PR1,,,,WA7 1AA,WA8 0AA,XXXXXXX\n", "b.txt", in: dir)
        try write("notes about nothing\n", "readme.csv", in: dir)
        // When
        let set = await ReturnSetReader().read(directory: dir)
        // Then
        #expect(set.dataset.ssda903?.collectionYear == 2025)
        #expect(set.dataset.ssda903?.episodes.count == 1)
        #expect(set.files.first { $0.name == "b.txt" }?.kind == .ssda903Table(.episodes))
        #expect(set.problems.contains { $0.file == "readme.csv" && $0.severity == .warning })
        #expect(!set.hasFatalProblems)
    }

    @Test func refusesAHugeFileWithoutReadingIt() async throws {
        // Given a 2 GB file (sparse: it takes no disk space)
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("episodes-export.csv")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 2 << 30)
        try handle.close()
        // When
        let set = await ReturnSetReader().read(directory: dir)
        // Then: a clear message naming the file and the limit (the file is never opened for reading rows)
        let problem = try #require(set.problems.first)
        #expect(problem.severity == .fatal)
        #expect(problem.file == "episodes-export.csv")
        #expect(problem.message.contains("over the"))
    }

    @Test func aHugeFileUnderARaisedLimitIsStillRefusedAsBinary() async throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("zeros.csv")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 2 << 30)
        try handle.close()
        var options = ReturnSetReader.Options()
        options.maxFileBytes = 4 << 30
        let set = await ReturnSetReader(options: options).read(directory: dir)
        #expect(set.problems.first?.message.contains("binary") == true)
    }

    @Test func explainsNearMissesEmptyAndUTF16Files() async throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n", "episodes.csv", in: dir)
        try write("", "empty.csv", in: dir)
        try Data([0xFF, 0xFE, 0x43, 0x00]).write(to: dir.appendingPathComponent("utf16.csv"))
        let set = await ReturnSetReader().read(directory: dir)
        let byFile = Dictionary(set.problems.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byFile["episodes.csv"]?.message.contains("no column REC") == true)
        #expect(byFile["episodes.csv"]?.line == 1)
        #expect(byFile["empty.csv"]?.message == "empty file (0 bytes)")
        #expect(byFile["utf16.csv"]?.message.contains("UTF-16") == true)
        #expect(set.hasFatalProblems)
    }

    @Test func aMissingFolderIsAProblemNotACrash() async {
        let set = await ReturnSetReader().read(directory: URL(fileURLWithPath: "/nonexistent/hearth"))
        #expect(set.hasFatalProblems)
        #expect(set.dataset == .empty)
    }
}
