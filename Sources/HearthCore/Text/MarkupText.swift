/// Text made safe to write between tags, or inside an attribute value quoted either way, in XML
/// 1.0 and in HTML alike: the one escaping behind every page fragment, board pack, chart, Word
/// and Excel file and XML return Hearth writes. (Mustache templates escape by themselves.)
///
/// - `&`, `<`, `>`, `"` and `'` become `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&#39;`; the
///   apostrophe as a number because HTML 4 has no `&apos;`, while XML reads either.
/// - Tab, line feed and carriage return are kept as they are.
/// - Every other character XML 1.0 forbids or discourages, which HTML also counts a parse error,
///   is dropped: the C0 controls, DEL and the C1 controls, and the noncharacters (U+FDD0–U+FDEF
///   and the last two code points of every plane, U+FFFE and U+FFFF among them). One such
///   character pasted from another system would make Word or Excel refuse the whole file. They
///   are dropped rather than shown as U+FFFD because they never carry text anyone typed, and a
///   run of them must leave nothing behind (a Word run of only junk is left out altogether).
public enum MarkupText {
    /// `text` escaped, forbidden characters dropped.
    public static func escape<S: StringProtocol>(_ text: S) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { append(scalar, to: &out) }
        return out
    }

    /// Appends `scalar` escaped, or nothing when it is dropped: for writers that look at each
    /// character themselves (Word turns tabs and line ends into elements of their own).
    public static func append(_ scalar: Unicode.Scalar, to out: inout String) {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: if !isDropped(scalar) { out.unicodeScalars.append(scalar) }
        }
    }

    /// True for the characters `escape` leaves out.
    public static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        switch v {
        case 0x09, 0x0A, 0x0D: return false
        case 0..<0x20, 0x7F...0x9F, 0xFDD0...0xFDEF: return true
        default: return v & 0xFFFE == 0xFFFE
        }
    }

    /// For writers that copy UTF-8 bytes straight through: false for a byte that neither is nor
    /// starts a character `escape` would change, so text with no such byte needs no escaping.
    /// Continuation bytes are false; a lead byte is true when some character it starts changes
    /// (0xC2 starts the C1 controls, 0xEF U+FDD0 and U+FFFE, 0xF0–0xF4 the planes' last two).
    /// Inlinable and free of table look-ups, for the census writer scans every byte of every
    /// value with it: measured as fast as the four comparisons it had before.
    @inlinable
    public static func mayChange(utf8 byte: UInt8) -> Bool {
        // Bit n is set for each byte n below 0x40 that changes: the C0 controls but tab, line
        // feed and carriage return, and " & ' < > (a test checks every byte against `escape`).
        let changingBelow0x40: UInt64 = 0x5000_00C4_FFFF_D9FF
        if byte < 0x40 { return changingBelow0x40 >> UInt64(byte) & 1 == 1 }
        if byte < 0x7F { return false }
        return byte == 0x7F || byte == 0xC2 || byte == 0xEF || (0xF0...0xF4).contains(byte)
    }
}
