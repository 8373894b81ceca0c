import Foundation
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
}
