import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a path in a returns folder is, found with `lstat`/`stat` and never by opening it: a
/// named pipe opened for reading waits until something writes to it, so a FIFO dropped in a
/// folder would hang the whole read.
struct FileEntry: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case file
        /// A symbolic link whose target is a regular file: read like the file.
        case linkToFile
        case directory
        /// Never followed: a link back up the tree would make the walk loop.
        case linkToDirectory
        case brokenLink
        case namedPipe
        case socket
        case device
        /// Something `stat` cannot describe (permissions, a race with a deletion).
        case unknown(String)
    }

    let kind: Kind
    /// Size of the file, or of the file a link points to; 0 for anything else.
    let size: Int64

    init(path: String) {
        var st = stat()
        guard lstat(path, &st) == 0 else {
            self.init(kind: .unknown(String(cString: strerror(errno))), size: 0)
            return
        }
        if Self.type(st) == Self.link {
            var target = stat()
            guard stat(path, &target) == 0 else {
                self.init(kind: .brokenLink, size: 0)
                return
            }
            switch Self.type(target) {
            case Self.regular: self.init(kind: .linkToFile, size: Int64(target.st_size))
            case Self.dir: self.init(kind: .linkToDirectory, size: 0)
            default: self.init(kind: Self.special(target), size: 0)
            }
            return
        }
        switch Self.type(st) {
        case Self.regular: self.init(kind: .file, size: Int64(st.st_size))
        case Self.dir: self.init(kind: .directory, size: 0)
        default: self.init(kind: Self.special(st), size: 0)
        }
    }

    private init(kind: Kind, size: Int64) {
        self.kind = kind
        self.size = size
    }

    /// True for an entry whose bytes can be read: a file, or a link to one.
    var isReadable: Bool { kind == .file || kind == .linkToFile }

    /// Why the entry is not read, for the problem list; nil when it is read (or is a folder
    /// walked into).
    var skipReason: String? {
        switch kind {
        case .file, .linkToFile, .directory: nil
        case .linkToDirectory: "a link to a folder, which is not followed (it could lead round in a loop)"
        case .brokenLink: "a link to something that does not exist"
        case .namedPipe: "a named pipe (FIFO), not a file"
        case .socket: "a socket, not a file"
        case .device: "a device, not a file"
        case .unknown(let why): "it could not be looked at (\(why))"
        }
    }

    // The file-type bits of st_mode (POSIX values, the same on Linux and macOS).
    private static let regular: UInt32 = 0o100000
    private static let dir: UInt32 = 0o040000
    private static let link: UInt32 = 0o120000
    private static let fifo: UInt32 = 0o010000
    private static let sock: UInt32 = 0o140000

    private static func type(_ st: stat) -> UInt32 { UInt32(st.st_mode) & 0o170000 }

    /// A pipe, socket or device (character or block); nothing else reaches here.
    private static func special(_ st: stat) -> Kind {
        switch type(st) {
        case fifo: .namedPipe
        case sock: .socket
        default: .device
        }
    }
}
