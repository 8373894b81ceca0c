import Foundation
import HearthCore

/// An .xlsx workbook opened for reading: its sheet names, and each sheet's rows streamed in
/// order. Only what tables need is read (values, shared and inline strings, date styles);
/// formulas give their cached values.
///
/// Not `Sendable`: it keeps the archive and what it has read so far. Open, read, and drop it
/// within one task.
public final class XLSXReader {
    /// Sheet names in workbook order.
    public let sheetNames: [String]
    private let sheetPaths: [String]
    private var parts: XLSXPartReader
    private let sharedStringsPath: String?
    private let stylesPath: String?
    private var sharedStrings: [String]?
    private var dateStyles: Set<Int>?

    /// Opens a workbook file.
    public convenience init(url: URL, limits: Limits = Limits()) throws(XLSXError) {
        let data: Data
        do {
            // Mapped, not read: only the parts asked for are touched.
            data = try Data(contentsOf: url, options: .alwaysMapped)
        } catch {
            throw .notAZip(error.localizedDescription)
        }
        try self.init(data: data, limits: limits)
    }

    /// Opens a workbook held in memory (an upload, a test fixture).
    public convenience init(data: Data, limits: Limits = Limits()) throws(XLSXError) {
        let archive: XLSXZip
        do {
            archive = try XLSXZip(data: data)
        } catch {
            throw .notAZip(error.message)
        }
        try self.init(archive: archive, limits: limits)
    }

    private init(archive: XLSXZip, limits: Limits) throws(XLSXError) {
        var parts = XLSXPartReader(archive: archive, limits: limits)
        let workbookPath = try Self.officeDocumentPath(&parts)
        guard let workbookXML = try parts.bytes(workbookPath) else { throw .missingPart(workbookPath) }
        let sheets = try XLSXElementCollector.collect(["sheet"], in: workbookXML, part: workbookPath)

        let relsPath = Self.relsPath(for: workbookPath)
        var targets: [String: String] = [:]
        var shared: String?, styles: String?
        if let relsXML = try parts.bytes(relsPath) {
            for r in try XLSXElementCollector.collect(["Relationship"], in: relsXML, part: relsPath) {
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
        for (i, s) in sheets.enumerated() {
            let name = s.attributes["name"] ?? "Sheet\(i + 1)"
            // Without rels, fall back on the conventional part name.
            let path = s.attributes["id"].flatMap { targets[$0] } ?? directory + "worksheets/sheet\(i + 1).xml"
            names.append(name)
            paths.append(path)
        }
        sheetNames = names
        sheetPaths = paths
        self.parts = parts
        sharedStringsPath = shared ?? (archive.entry(directory + "sharedStrings.xml") != nil ? directory + "sharedStrings.xml" : nil)
        stylesPath = styles ?? (archive.entry(directory + "styles.xml") != nil ? directory + "styles.xml" : nil)
    }

    /// Calls `body` with each row of the sheet, in order. Rows the sheet does not hold (all
    /// blank) are not reported; row numbers say where each row is.
    public func forEachRow(inSheet name: String, _ body: (XLSXRow) -> Void) throws(XLSXError) {
        guard let i = sheetNames.firstIndex(of: name) else { throw .noSuchSheet(name) }
        let path = sheetPaths[i]
        let strings = try loadSharedStrings()
        let styles = try loadDateStyles()
        // The inflated bytes are tokenized where they lie: no second copy of a large sheet.
        guard let xml = try parts.bytes(path) else { throw .missingPart(path) }
        var parser = XLSXSheetParser(sharedStrings: strings, dateStyles: styles)
        try XLSXXML.forEachEvent(in: xml, part: path, vocabulary: XLSXSheetParser.vocabulary) { event in
            if let row = parser.handle(event) { body(row) }
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
            guard let xml = try parts.bytes(path) else { throw .missingPart(path) }
            strings = try XLSXSharedStrings.read(xml, part: path)
        }
        sharedStrings = strings
        return strings
    }

    private func loadDateStyles() throws(XLSXError) -> Set<Int> {
        if let dateStyles { return dateStyles }
        var styles = Set<Int>()
        if let path = stylesPath, let xml = try parts.bytes(path) {
            styles = try XLSXStyles.dateStyles(xml, part: path)
        }
        dateStyles = styles
        return styles
    }

    // MARK: Parts and paths

    /// The workbook part named by the package relationships (`xl/workbook.xml` in practice).
    private static func officeDocumentPath(_ parts: inout XLSXPartReader) throws(XLSXError) -> String {
        if let xml = try parts.bytes("_rels/.rels") {
            let rels = try XLSXElementCollector.collect(["Relationship"], in: xml, part: "_rels/.rels")
            for r in rels where (r.attributes["Type"] ?? "").hasSuffix("/officeDocument") {
                if let target = r.attributes["Target"] { return resolve(target, from: "") }
            }
        }
        if parts.has("xl/workbook.xml") { return "xl/workbook.xml" }
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
