import Foundation

/// A streaming `multipart/form-data` parser (RFC 7578 over RFC 2046) that fails with an error
/// on any input. It replaces MultipartKit 4.7.1's parser, which indexes a 128-entry table with
/// every byte of a part's header names: one byte of 0x80 or more there (the upload route's fuzzer
/// found it within 300 inputs) trapped and took the whole server down.
///
/// Bytes arrive in chunks of any size; parts are given as their headers, then their body in
/// pieces, then an end. Header blocks are limited in size, so a stranger cannot make it hold an
/// unbounded header in memory; bodies are never held, only passed on.
struct MultipartStreamParser {
    struct Failure: Error, Equatable {
        let reason: String
    }

    /// A part's headers, names lower-cased. Values are kept as the bytes' Latin-1 reading when
    /// they are not UTF-8, as browsers send non-ASCII file names either way.
    typealias Headers = [(name: String, value: String)]

    var onPartBegin: (Headers) throws -> Void = { _ in }
    var onBody: (ArraySlice<UInt8>) throws -> Void = { _ in }
    var onPartEnd: () throws -> Void = {}

    static let maxHeaderBytes = 16 * 1024

    private enum State { case preamble, afterDelimiter, headers, body, epilogue }
    private var state = State.preamble
    private var pending: [UInt8] = []
    /// "--boundary" for the first delimiter; "\r\n--boundary" for every later one.
    private let first: [UInt8]
    private let delimiter: [UInt8]

    init(boundary: String) {
        first = Array("--\(boundary)".utf8)
        delimiter = Array("\r\n--\(boundary)".utf8)
    }

    /// Feeds the next chunk of the body.
    mutating func feed(_ bytes: some Sequence<UInt8>) throws {
        pending.append(contentsOf: bytes)
        while try step() {}
    }

    /// Says the body has ended; throws when it ended before the closing delimiter.
    mutating func finish() throws {
        guard state == .epilogue else { throw Failure(reason: "the upload ended before its last part was complete") }
    }

    /// Does one thing with what is pending; false when it needs more bytes.
    private mutating func step() throws -> Bool {
        switch state {
        case .preamble:
            // RFC 2046: text before the first delimiter is ignored; the first may open the body.
            if pending.starts(with: first) {
                pending.removeFirst(first.count)
            } else if let at = Self.find(delimiter, in: pending) {
                pending.removeFirst(at + delimiter.count)
            } else {
                // Keep only what could be the start of a delimiter split across chunks.
                if pending.count > delimiter.count { pending.removeFirst(pending.count - delimiter.count) }
                return false
            }
            state = .afterDelimiter
            return true
        case .afterDelimiter:
            guard pending.count >= 2 else { return false }
            if pending[0] == UInt8(ascii: "-") && pending[1] == UInt8(ascii: "-") {
                state = .epilogue
                pending.removeAll()
                return false
            }
            // Transport padding (spaces, tabs) may come before the line break.
            guard let end = Self.find([13, 10], in: pending) else {
                if pending.count > 256 { throw Failure(reason: "a part's delimiter line is not followed by a line break") }
                return false
            }
            guard pending[..<end].allSatisfy({ $0 == 32 || $0 == 9 }) else {
                throw Failure(reason: "a part's delimiter line is not followed by a line break")
            }
            pending.removeFirst(end + 2)
            state = .headers
            return true
        case .headers:
            guard let end = Self.find([13, 10, 13, 10], in: pending) ?? (pending.starts(with: [13, 10]) ? -2 : nil) else {
                if pending.count > Self.maxHeaderBytes { throw Failure(reason: "a part's headers are longer than \(Self.maxHeaderBytes) bytes") }
                return false
            }
            let block = end < 0 ? [] : Array(pending[..<end])
            guard block.count <= Self.maxHeaderBytes else { throw Failure(reason: "a part's headers are longer than \(Self.maxHeaderBytes) bytes") }
            pending.removeFirst(end + 4)
            try onPartBegin(try Self.headers(block))
            state = .body
            return true
        case .body:
            if let at = Self.find(delimiter, in: pending) {
                if at > 0 { try onBody(pending[..<at]) }
                pending.removeFirst(at + delimiter.count)
                try onPartEnd()
                state = .afterDelimiter
                return true
            }
            // Pass on all but a tail that could be the start of the delimiter.
            let safe = pending.count - (delimiter.count - 1)
            if safe > 0 {
                try onBody(pending[..<safe])
                pending.removeFirst(safe)
            }
            return false
        case .epilogue:
            pending.removeAll()
            return false
        }
    }

    /// Header lines "Name: value"; a line without a colon, or a name with anything but a token's
    /// characters, is an error rather than a guess.
    static func headers(_ block: [UInt8]) throws -> Headers {
        var out: Headers = []
        var start = 0
        while start < block.count {
            let end = find([13, 10], in: block, from: start) ?? block.count
            let line = block[start..<end]
            start = end + 2
            guard !line.isEmpty else { continue }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
                  line[..<colon].allSatisfy(isTokenByte) else {
                throw Failure(reason: "a part has a header line that is not \"Name: value\"")
            }
            let name = String(decoding: line[..<colon], as: UTF8.self).lowercased()
            let raw = Array(line[(colon + 1)...])
            let value = String(validating: raw, as: UTF8.self) ?? String(raw.map { Character(Unicode.Scalar($0)) })
            out.append((name, value.trimmingCharacters(in: .whitespaces)))
        }
        return out
    }

    /// RFC 9110's token characters: what a header name may hold.
    static func isTokenByte(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        default: "!#$%&'*+-.^_`|~".utf8.contains(b)
        }
    }

    /// The first index of `needle` in `haystack` at or after `from`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int = 0) -> Int? {
        guard !needle.isEmpty, from >= 0, haystack.count - from >= needle.count else { return nil }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { n in
                let lead = n[0], last = hay.count - n.count
                var i = from
                while i <= last {
                    // Most bytes are not the needle's first: skip them before comparing the rest.
                    if hay[i] != lead { i += 1; continue }
                    var k = 1
                    while k < n.count && hay[i + k] == n[k] { k += 1 }
                    if k == n.count { return i }
                    i += 1
                }
                return nil
            }
        }
    }
}
