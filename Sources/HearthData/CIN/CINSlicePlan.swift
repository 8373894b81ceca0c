/// Where to cut a CIN census so that the children can be parsed on several cores at once.
///
/// A census is `<Message><Header>…</Header><Children><Child>…</Child>…</Children></Message>`:
/// nearly all of it is a flat run of `<Child>` elements, and a `<Child` tag can be found by its
/// bytes alone, because `<` cannot appear raw in text. It could appear in a comment, a CDATA
/// section or a quoted attribute, which CIN files do not use; a cut landing in one leaves the
/// slice before it ending mid-token, that slice fails, and the file is read in one pass instead.
struct CINSlicePlan: Sendable, Equatable {
    /// Byte offsets: `cuts[0]` is the first `<Child` inside `<Children>`, the last is the final
    /// `</Children>`, and slice `i` is `cuts[i]..<cuts[i + 1]`, each starting at a `<Child`.
    let cuts: [Int]

    /// How far into the file the first child must start, and how much of its end is searched
    /// for `</Children>`: anything with a longer header or trailer is unusual enough to read in
    /// one pass.
    static let window = 1 << 20
    /// How far past each target a cut is looked for; children are a few KB.
    static let searchSpan = 256 << 10

    /// The cuts, or nil when the file should be read in one pass: smaller than `minimumBytes`,
    /// with a DOCTYPE, comment or CDATA before the children, namespace-prefixed elements, or a
    /// shape other than one `<Children>` run.
    static func make(_ bytes: any XMLSliceableBytes, slices: Int, minimumBytes: Int) -> CINSlicePlan? {
        let tailStart = max(0, bytes.count - window)
        guard slices >= 2, bytes.count >= minimumBytes,
              let head = try? bytes.bytes(0..<min(bytes.count, window)),
              let tail = try? bytes.bytes(tailStart..<bytes.count),
              let children = find(Array("<Children>".utf8), in: head, from: 0),
              let first = childTag(in: head, from: children + 10) else { return nil }
        for marker in ["<!DOCTYPE", "<!--", "<![CDATA["] where find(Array(marker.utf8), in: head, from: 0).map({ $0 < first }) == true {
            return nil
        }
        guard let close = findLast(Array("</Children>".utf8), in: tail) else { return nil }
        let end = tailStart + close
        guard end - first >= minimumBytes / 2 else { return nil }
        var cuts = [first]
        for i in 1..<slices {
            let target = first + (end - first) / slices * i
            guard target > cuts[cuts.count - 1], target < end,
                  let window = try? bytes.bytes(target..<min(end, target + searchSpan)),
                  let at = childTag(in: window, from: 0) else { continue }
            cuts.append(target + at)
        }
        cuts.append(end)
        return cuts.count >= 3 ? CINSlicePlan(cuts: cuts) : nil
    }

    /// The offset of the first `<Child` start tag (`<Child>`, `<Child/>` or `<Child ` with
    /// attributes) at or after `from`.
    static func childTag<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes, from: Int) -> Int? where Bytes.Index == Int {
        let tag = Array("<Child".utf8)
        var k = from
        while let at = find(tag, in: bytes, from: k) {
            let next = at + tag.count
            guard next < bytes.count else { return nil }
            switch bytes[next] {
            case UInt8(ascii: ">"), UInt8(ascii: "/"), 0x20, 0x09, 0x0A, 0x0D: return at
            default: k = at + 1
            }
        }
        return nil
    }

    static func find<Bytes: RandomAccessCollection<UInt8>>(_ pattern: [UInt8], in bytes: Bytes, from: Int) -> Int?
        where Bytes.Index == Int {
        guard let firstByte = pattern.first, bytes.count >= pattern.count else { return nil }
        var i = max(0, from)
        let last = bytes.count - pattern.count
        while i <= last {
            if bytes[i] == firstByte {
                var k = 1
                while k < pattern.count, bytes[i + k] == pattern[k] { k += 1 }
                if k == pattern.count { return i }
            }
            i += 1
        }
        return nil
    }

    static func findLast(_ pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        var i = bytes.count - pattern.count
        while i >= 0 {
            if bytes[i...].starts(with: pattern) { return i }
            i -= 1
        }
        return nil
    }
}
