import Foundation
import HearthData

/// Writes a ``DocxDocument`` as a WordprocessingML (.docx) file that Word and LibreOffice open.
///
/// The output is deterministic: the same document gives the same bytes (`ZipPackage`'s fixed
/// zip timestamps, fixed document dates, parts always in the same order), so a board pack can be
/// compared or checksummed from one run to the next.
public enum DocxWriter {
    /// The document as the bytes of a .docx file.
    public static func data(_ document: DocxDocument) throws(DocxError) -> Data {
        do throws(ZipPackage.Failure) {
            return try ZipPackage.data(parts(document).map { ($0.path, Array($0.xml.utf8)) })
        } catch {
            throw .writeFailed(error.why)
        }
    }

    /// Writes the document to `url`, replacing any file there in one step.
    public static func write(_ document: DocxDocument, to url: URL) throws(DocxError) {
        let bytes = try data(document)
        do throws(ZipPackage.Failure) {
            try ZipPackage.write(bytes, to: url)
        } catch {
            throw .writeFailed(error.why)
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
