import Foundation

/// Computes a value once, on first use, from any thread.
public final class Lazy<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?
    private let make: @Sendable () throws -> Value

    public init(_ make: @escaping @Sendable () throws -> Value) { self.make = make }

    public func get() throws -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let value { return value }
        let v = try make()
        value = v
        return v
    }
}
