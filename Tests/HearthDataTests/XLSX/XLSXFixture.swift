import Foundation
import Testing
import ZIPFoundation

/// Builds small .xlsx archives part by part, to test the reader on what other producers write
/// (shared strings, styles, sparse cells, prefixed XML) rather than only on our own writer.
enum XLSXFixture {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func archive(_ parts: [(String, String)]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count),
                                 compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<min(Int(position) + size, bytes.count))
            }
        }
        return archive.data ?? Data()
    }

    /// A one-sheet workbook named `sheetName` with the given sheet XML, shared strings and styles.
    static func workbook(sheetName: String = "Data", sheetXML: String, sharedStrings: [String] = [],
                         stylesXML: String? = nil, includeSheet: Bool = true) throws -> Data {
        var parts: [(String, String)] = [
            ("_rels/.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
            ("xl/workbook.xml", #"<workbook xmlns="\#(main)" xmlns:r="\#(rel)"><sheets><sheet name="\#(sheetName)" sheetId="1" r:id="rId7"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="\#(rel)/worksheet" Target="/xl/worksheets/data.xml"/><Relationship Id="rId8" Type="\#(rel)/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId9" Type="\#(rel)/styles" Target="styles.xml"/></Relationships>"#),
            ("xl/sharedStrings.xml", #"<sst xmlns="\#(main)">"# + sharedStrings.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>"),
        ]
        if let stylesXML { parts.append(("xl/styles.xml", stylesXML)) }
        if includeSheet { parts.append(("xl/worksheets/data.xml", #"<worksheet xmlns="\#(main)"><sheetData>\#(sheetXML)</sheetData></worksheet>"#)) }
        return try archive(parts)
    }

    /// Every part of `data` as bytes, in archive order, to be changed and zipped again.
    static func parts(of data: Data) throws -> [(String, [UInt8])] {
        let archive = try Archive(data: data, accessMode: .read)
        var out: [(String, [UInt8])] = []
        for entry in archive {
            var bytes: [UInt8] = []
            _ = try archive.extract(entry) { bytes.append(contentsOf: $0) }
            out.append((entry.path, bytes))
        }
        return out
    }

    /// A zip of the given parts, deflated, with bytes that need not be valid text.
    static func archive(bytes parts: [(String, [UInt8])]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, bytes) in parts {
            let data = Data(bytes)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<min(Int(position) + size, data.count))
            }
        }
        return archive.data ?? Data()
    }

    /// `data` with `insert` placed right after the first `marker` in the part `path`.
    static func inserting(_ insert: [UInt8], after marker: String, inPart path: String, of data: Data) throws -> Data {
        var parts = try parts(of: data)
        let i = try #require(parts.firstIndex { $0.0 == path })
        let m = Array(marker.utf8)
        let bytes = parts[i].1
        let at = try #require((0...(bytes.count - m.count)).first { Array(bytes[$0..<($0 + m.count)]) == m })
        parts[i].1.insert(contentsOf: insert, at: at + m.count)
        return try archive(bytes: parts)
    }

    /// `data` with the uncompressed size that the local header and the central directory
    /// declare for `path` replaced by `size`: a zip that lies about what it inflates to.
    static func declaring(size: UInt32, forPart path: String, in data: Data) -> Data {
        var bytes = [UInt8](data)
        for (offset, isCentral) in headers(forPart: path, in: bytes) {
            // The uncompressed size is at 22 in a local header, at 24 in a central one.
            let at = offset + (isCentral ? 24 : 22)
            for k in 0..<4 { bytes[at + k] = UInt8((size >> (8 * UInt32(k))) & 0xFF) }
        }
        return Data(bytes)
    }

    /// Where the local header (PK 3 4, name at 30) and the central directory header (PK 1 2,
    /// name at 46) of the part `path` start.
    static func headers(forPart path: String, in bytes: [UInt8]) -> [(offset: Int, isCentral: Bool)] {
        let name = Array(path.utf8)
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func named(_ at: Int) -> Bool { at + name.count <= bytes.count && Array(bytes[at..<(at + name.count)]) == name }
        var out: [(offset: Int, isCentral: Bool)] = []
        var k = 0
        while k + 46 <= bytes.count {
            if bytes[k] == 0x50, bytes[k + 1] == 0x4B {
                if bytes[k + 2] == 3, bytes[k + 3] == 4, u16(k + 26) == name.count, named(k + 30) { out.append((k, false)) }
                if bytes[k + 2] == 1, bytes[k + 3] == 2, u16(k + 28) == name.count, named(k + 46) { out.append((k, true)) }
            }
            k += 1
        }
        return out
    }
}
