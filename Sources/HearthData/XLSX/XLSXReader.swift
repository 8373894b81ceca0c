import Foundation
import HearthCore
import ZIPFoundation

/// An .xlsx workbook opened for reading: its sheet names, and each sheet's rows streamed in
/// order. Only what tables need is read (values, shared and inline strings, date styles);
/// formulas give their cached values.
///
/// Not `Sendable`: it wraps an open archive. Open, read, and drop it within one task.
public final class XLSXReader {
    /// Largest uncompressed part accepted; real Annex A sheets are a few MB.
    public static let partLimit: UInt64 = 1 << 30

    /// Sheet names in workbook order.
    public let sheetNames: [String]
    private let sheetPaths: [String]
    private let archive: Archive
    private let sharedStringsPath: String?
    private let stylesPath: String?
    private var sharedStrings: [String]?
    private var dateStyles: Set<Int>?

    /// Opens a workbook file.
    public convenience init(url: URL) throws(XLSXError) {
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw .notAZip(String(describing: error))
        }
        try self.init(archive: archive)
    }

    /// Opens a workbook held in memory (an upload, a test fixture).
    public convenience init(data: Data) throws(XLSXError) {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .notAZip(String(describing: error))
        }
        try self.init(archive: archive)
    }

    private init(archive: Archive) throws(XLSXError) {
        self.archive = archive
        let workbookPath = try Self.officeDocumentPath(in: archive)
        guard let workbookXML = try Self.part(workbookPath, in: archive) else { throw .missingPart(workbookPath) }
        let sheets = XLSXElementCollector(["sheet"])
        try XLSXXML.parse(workbookXML, part: workbookPath, delegate: sheets)

        let relsPath = Self.relsPath(for: workbookPath)
        var targets: [String: String] = [:]
        var shared: String?, styles: String?
        if let relsXML = try Self.part(relsPath, in: archive) {
            let rels = XLSXElementCollector(["Relationship"])
            try XLSXXML.parse(relsXML, part: relsPath, delegate: rels)
            for r in rels.elements {
                guard let id = r.attributes["Id"], let target = r.attributes["Target"] else { continue }
                let path = Self.resolve(target, from: workbookPath)
                targets[id] = path
                let type = r.attributes["Type"] ?? ""
                if type.hasSuffix("/sharedStrings") { shared = path }
                if type.hasSuffix("/styles") { styles = path }
            }
        }
        let directory = Self.directory(of: workbookPath)
        var names: [String] = [], paths: [String] = []
        for (i, s) in sheets.elements.enumerated() {
            let name = s.attributes["name"] ?? "Sheet\(i + 1)"
            // Without rels, fall back on the conventional part name.
            let path = XLSXXML.attribute(s.attributes, "id").flatMap { targets[$0] }
                ?? directory + "worksheets/sheet\(i + 1).xml"
            names.append(name)
            paths.append(path)
        }
        sheetNames = names
        sheetPaths = paths
        sharedStringsPath = shared ?? (archive[directory + "sharedStrings.xml"] != nil ? directory + "sharedStrings.xml" : nil)
        stylesPath = styles ?? (archive[directory + "styles.xml"] != nil ? directory + "styles.xml" : nil)
    }

    /// Calls `body` with each row of the sheet, in order. Rows the sheet does not hold (all
    /// blank) are not reported; row numbers say where each row is.
    public func forEachRow(inSheet name: String, _ body: (XLSXRow) -> Void) throws(XLSXError) {
        guard let i = sheetNames.firstIndex(of: name) else { throw .noSuchSheet(name) }
        let path = sheetPaths[i]
        guard let xml = try Self.part(path, in: archive) else { throw .missingPart(path) }
        let strings = try loadSharedStrings()
        let styles = try loadDateStyles()
        try withoutActuallyEscaping(body) { (escapable) throws(XLSXError) in
            let parser = XLSXSheetParser(sharedStrings: strings, dateStyles: styles, onRow: escapable)
            try XLSXXML.parse(xml, part: path, delegate: parser)
        }
    }

    /// Every row of a sheet (for small sheets and tests).
    public func rows(inSheet name: String) throws(XLSXError) -> [XLSXRow] {
        var rows: [XLSXRow] = []
        try forEachRow(inSheet: name) { rows.append($0) }
        return rows
    }

    private func loadSharedStrings() throws(XLSXError) -> [String] {
        if let sharedStrings { return sharedStrings }
        var strings: [String] = []
        if let path = sharedStringsPath {
            guard let xml = try Self.part(path, in: archive) else { throw .missingPart(path) }
            let parser = XLSXSharedStrings()
            try XLSXXML.parse(xml, part: path, delegate: parser)
            strings = parser.strings
        }
        sharedStrings = strings
        return strings
    }

    private func loadDateStyles() throws(XLSXError) -> Set<Int> {
        if let dateStyles { return dateStyles }
        var styles = Set<Int>()
        if let path = stylesPath, let xml = try Self.part(path, in: archive) {
            let parser = XLSXStyles()
            try XLSXXML.parse(xml, part: path, delegate: parser)
            styles = parser.dateStyles
        }
        dateStyles = styles
        return styles
    }

    // MARK: Parts and paths

    private static func part(_ path: String, in archive: Archive) throws(XLSXError) -> Data? {
        guard let entry = archive[path] else { return nil }
        guard entry.uncompressedSize <= partLimit else { throw .partTooLarge(part: path, bytes: entry.uncompressedSize) }
        var data = Data()
        data.reserveCapacity(Int(entry.uncompressedSize))
        do {
            _ = try archive.extract(entry) { data.append($0) }
        } catch {
            throw .unreadablePart(part: path, message: String(describing: error))
        }
        return data
    }

    /// The workbook part named by the package relationships (`xl/workbook.xml` in practice).
    private static func officeDocumentPath(in archive: Archive) throws(XLSXError) -> String {
        if let xml = try part("_rels/.rels", in: archive) {
            let rels = XLSXElementCollector(["Relationship"])
            try XLSXXML.parse(xml, part: "_rels/.rels", delegate: rels)
            for r in rels.elements where (r.attributes["Type"] ?? "").hasSuffix("/officeDocument") {
                if let target = r.attributes["Target"] { return resolve(target, from: "") }
            }
        }
        if archive["xl/workbook.xml"] != nil { return "xl/workbook.xml" }
        throw .missingPart("xl/workbook.xml")
    }

    static func relsPath(for part: String) -> String {
        let dir = directory(of: part)
        let file = part.dropFirst(dir.count)
        return dir + "_rels/" + file + ".rels"
    }

    static func directory(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[...slash])
    }

    /// A relationship target resolved against the part it belongs to (`../x`, `/xl/x`, `x`).
    static func resolve(_ target: String, from part: String) -> String {
        var components: [Substring] = target.hasPrefix("/") ? [] : directory(of: part).split(separator: "/")
        for piece in target.split(separator: "/") {
            switch piece {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(piece)
            }
        }
        return components.joined(separator: "/")
    }
}
