import Foundation
import Hummingbird
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where uploaded files wait while they are read: returns hold children's records, so they are
/// never left readable by other accounts on the machine, never outlive their import, and
/// together never take more than a set number of bytes of disk.
///
/// The spool is a folder of this process's own, made with `mkdtemp` (mode 0700, a name no one
/// can take first); each upload gets a folder inside it, each file is created 0600, and the
/// folder is removed when its import ends, on every path, thrown errors included. A crash cannot run
/// that clean-up, so a new server removes the spools of processes no longer running. Bytes are
/// reserved as they arrive: an upload that would take the spool past its cap is refused with 503
/// and a Retry-After, rather than fill the disk the database lives on.
final class UploadSpool: @unchecked Sendable {  // `reserved` is only touched under `lock`.
    let root: URL
    let capacity: Int
    private let lock = NSLock()
    private var reserved = 0
    static let prefix = "hearth-uploads-"

    /// A spool under `parent` (the system's temporary folder unless configured), after removing
    /// those left by processes that have ended.
    init(parent: URL = FileManager.default.temporaryDirectory, capacity: Int) throws {
        try? FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        Self.removeAbandoned(in: parent)
        var template = Array(parent.appendingPathComponent("\(Self.prefix)\(getpid())-XXXXXX").path.utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ buffer in buffer.baseAddress.flatMap { mkdtemp($0) } }) else {
            throw HTTPError(.internalServerError, message: "The upload folder could not be made in \(parent.path).")
        }
        root = URL(fileURLWithPath: String(cString: made), isDirectory: true)
        self.capacity = capacity
    }

    /// Bytes held now by uploads in progress.
    var bytesInUse: Int { lock.withLock { reserved } }

    /// Runs `body` with a new private folder for one request's files, and removes the folder
    /// and releases its bytes however `body` ends.
    func withFolder<T>(_ body: (Folder) async throws -> T) async throws -> T {
        let folder = try makeFolder()
        defer { remove(folder) }
        return try await body(folder)
    }

    /// A new private folder whose owner removes it (`remove`) when its files have been read: an
    /// upload's folder outlives its request while the import it feeds runs on (`ImportJobs`).
    func makeFolder() throws -> Folder {
        let dir = root.appendingPathComponent(UUID().uuidString, isDirectory: true)
        guard mkdir(dir.path, 0o700) == 0 else {
            throw HTTPError(.internalServerError, message: "The upload could not be saved on the server.")
        }
        return Folder(url: dir, spool: self)
    }

    /// Removes the folder and releases the bytes it took of the cap.
    func remove(_ folder: Folder) {
        try? FileManager.default.removeItem(at: folder.url)
        release(folder.taken)
    }

    /// Takes `bytes` of the cap for a request's folder, or refuses them all.
    fileprivate func reserve(_ bytes: Int) -> Bool {
        lock.withLock {
            guard reserved + bytes <= capacity else { return false }
            reserved += bytes
            return true
        }
    }

    private func release(_ bytes: Int) {
        lock.withLock { reserved -= bytes }
    }

    /// One request's folder: where its files are created, and what it has taken of the cap.
    final class Folder: @unchecked Sendable {  // `taken` is only touched under `lock`.
        let url: URL
        fileprivate let spool: UploadSpool
        private let lock = NSLock()
        private var counted = 0
        fileprivate var taken: Int { lock.withLock { counted } }

        fileprivate init(url: URL, spool: UploadSpool) {
            self.url = url
            self.spool = spool
        }

        /// Counts `bytes` about to be written against the spool's cap; throws 503 when the
        /// uploads in progress already hold it.
        func reserve(_ bytes: Int) throws {
            guard spool.reserve(bytes) else {
                throw HTTPError(.serviceUnavailable, headers: [.retryAfter: "60"],
                                message: "The server is busy receiving other uploads; try again in a minute.")
            }
            lock.withLock { counted += bytes }
        }

        /// A new, empty file only this account can read (0600); nil when it cannot be made.
        func createFile(named name: String) -> FileHandle? {
            let path = url.appendingPathComponent(name).path
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard fd >= 0 else { return nil }
            return FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        }
    }

    /// Removes spools whose process has ended (a crash, a kill -9): the name carries the pid.
    static func removeAbandoned(in parent: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            let pidText = name.dropFirst(prefix.count).prefix { $0 != "-" }
            guard let pid = pid_t(pidText), pid != getpid() else { continue }
            // kill(pid, 0) fails with ESRCH only when no such process exists.
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
            }
        }
    }
}
