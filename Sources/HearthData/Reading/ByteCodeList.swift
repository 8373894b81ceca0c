import HearthCore

/// A code list looked up by bytes, giving the list's own string: the byte readers check codes
/// tens of millions of times without making a `String` of each. A class, so that holding one
/// in a cache and taking it out costs one reference count rather than one per array inside.
final class ByteCodeList: Sendable {
    private let index: ByteStringIndex
    private let codes: [String]

    init(_ list: CodeList) {
        codes = list.codes
        index = ByteStringIndex(codes)
    }

    /// The listed code spelt by `bytes[range]`, nil when it is not in the list.
    func code(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        index.index(of: bytes, range).map { codes[$0] }
    }
}
