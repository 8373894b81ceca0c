import Foundation
import ZIPFoundation

/// Writes a ``DocxDocument`` as a WordprocessingML (.docx) file that Word and LibreOffice open.
///
/// The output is deterministic: the same document gives the same bytes (fixed zip timestamps
/// and document dates, parts always in the same order), so a board pack can be compared or
/// checksummed from one run to the next.
public enum DocxWriter {
    /// 1980-01-01 00:00 UTC, the earliest date a zip entry can hold.
    private static let stamp = Date(timeIntervalSince1970: 315_532_800)

    /// The document as the bytes of a .docx file.
    public static func data(_ document: DocxDocument) throws(DocxError) -> Data {
        do {
            let archive = try Archive(accessMode: .create)
            for (path, xml) in parts(document) {
                let bytes = Data(xml.utf8)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count),
                                     modificationDate: stamp, compressionMethod: .deflate) { position, size in
                    let start = Int(position)
                    return bytes.subdata(in: start..<min(start + size, bytes.count))
                }
            }
            guard let data = archive.data else { throw DocxError.writeFailed("the archive produced no data") }
            return data
        } catch let error as DocxError {
            throw error
        } catch {
            throw .writeFailed(String(describing: error))
        }
    }

    /// Writes the document to `url`, replacing any file there in one step.
    public static func write(_ document: DocxDocument, to url: URL) throws(DocxError) {
        let bytes = try data(document)
        do {
            try bytes.write(to: url, options: .atomic)
        } catch {
            throw .writeFailed(error.localizedDescription)
        }
    }

    /// Every part, path and XML, content types first, where readers that sniff a file's kind
    /// from its first entry look for them.
    static func parts(_ document: DocxDocument) -> [(path: String, xml: String)] {
        [
            ("[Content_Types].xml", DocxPackageXML.contentTypes),
            ("_rels/.rels", DocxPackageXML.packageRelationships),
            ("word/document.xml", DocxBodyXML.document(document)),
            ("word/_rels/document.xml.rels", DocxPackageXML.documentRelationships),
            ("word/styles.xml", DocxStylesXML.part),
            ("word/settings.xml", DocxPackageXML.settings),
            ("word/numbering.xml", DocxPackageXML.numbering),
            ("word/footer1.xml", DocxFooterXML.part(document.footer)),
            ("docProps/core.xml", DocxPackageXML.coreProperties(title: document.title, author: document.author)),
            ("docProps/app.xml", DocxPackageXML.appProperties),
        ]
    }
}
