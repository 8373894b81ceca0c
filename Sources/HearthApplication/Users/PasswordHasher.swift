import HummingbirdBcrypt
import NIOPosix

/// bcrypt, run on NIO's thread pool so a slow hash never blocks the event loop.
public struct PasswordHasher: Sendable {
    /// 12 in service; tests use the minimum (4) to stay fast.
    public let cost: UInt8

    public init(cost: UInt8 = 12) {
        self.cost = cost
    }

    public func hash(_ password: String) async throws -> String {
        let cost = cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    public func verify(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }
}
