/// The bytes of one slice of a census, held half a megabyte at a time for `CINChildScanner`:
/// read straight into one buffer, which grows only for a child longer than it.
struct CINSliceWindow: ~Copyable {
    private var storage: UnsafeMutableBufferPointer<UInt8>
    private var source: any XMLDirectByteSource
    private var sourceDone = false
    /// Bytes held, from the start of `storage`.
    private(set) var count = 0
    /// The first byte still wanted; bytes before it go at the next refill.
    var position = 0

    /// A child (or a run the parser must read) longer than this is not read in slices.
    static let maxCapacity = 256 << 20

    /// Small enough that the bytes just read are still in the core's cache when scanned.
    init(source: any XMLDirectByteSource, capacity: Int = 512 << 10) {
        self.source = source
        storage = .allocate(capacity: max(capacity, 64))
    }

    deinit { storage.deallocate() }

    /// The bytes held.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(rebasing: storage[0..<count]))
    }

    /// Drops the bytes before `position` (which becomes 0) and reads more after the rest,
    /// growing the buffer when the rest fills it. False when the slice has no more bytes.
    mutating func refill() throws -> Bool {
        guard !sourceDone else { return false }
        let kept = count - position
        if position > 0 {
            if kept > 0, let base = storage.baseAddress {
                base.update(from: base + position, count: kept)
            }
            position = 0
            count = kept
        }
        if count == storage.count {
            guard storage.count < Self.maxCapacity else { throw CINSliceWindowError.childTooLong }
            let larger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: storage.count * 2)
            _ = larger.initialize(from: storage[0..<count])
            storage.deallocate()
            storage = larger
        }
        let n = try source.read(into: UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: storage[count...])))
        if n == 0 {
            sourceDone = true
            return false
        }
        count += n
        return true
    }

    /// The offset of the next `<Child` tag after `position`, reading on as far as needed; nil
    /// when the slice has none.
    mutating func nextChildTag() throws -> Int? {
        while true {
            if let found = withBytes({ CINSlicePlan.childTag(in: $0, from: position + 1) }) { return found }
            // A tag cut off at the end is not found until more is read.
            if try !refill() { return nil }
        }
    }

    /// The bytes from `position` to `end`, copied for the parser.
    func copy(to end: Int) -> [UInt8] {
        Array(storage[position..<end])
    }
}

enum CINSliceWindowError: Error {
    case childTooLong
}
