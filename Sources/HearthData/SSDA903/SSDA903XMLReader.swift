import Foundation
import HearthCore

/// Reads the SSDA903 return in its XML form into an `SSDA903Return`.
///
/// Two layouts are accepted, recognised by the root element:
///
/// - **Expanded SSDA903** (`EXPSSDA903`), the XML that case-management systems export and that
///   DfE's SSDA903 validator reads: each `CHILD` holds a `HEADER` (CHILDID, UPN, SEX, DOB, ETHNIC,
///   the UASC flag and DUC, OC3 and AD1 values, MOTHER, MC_DOB, with repeated `AREVIEW`,
///   `AMISSING`, `OC2`, `PERMANENCE` and `AD_PLACED` groups) followed by `EPISODE` groups.
///   `CHILDID` and `PL` stand for the CSV columns CHILD and PLACE. This is the layout with a
///   public, working consumer, so it is the one we treat as authoritative.
/// - **Message** (`Message/Header/CollectionDetails/Year`, `Children/Child`), mirroring the CIN
///   census envelope, for systems that wrap the 903 that way: child-level values directly in
///   `Child`, repeated groups `Episode`, `Review`, `UASC`, `OC2`, `OC3`, `AD1`, `PlacedAdoption`,
///   `PrevPerm`, `Missing`, `SWEpisode`.
///
/// In both, the values carry the CSV column names (matched case-insensitively), dates are
/// dd/mm/yyyy or ISO, and each row is checked like its CSV table. The expanded layout has no
/// collection year, so it is inferred as the 31 March on or after the latest DECOM, DEC or
/// REVIEW date (with a warning saying so).
public enum SSDA903XMLReader {
    public static func read(url: URL) -> SSDA903XMLReadResult {
        let name = url.lastPathComponent
        do {
            return read(source: try FileByteSource(url: url), fileName: name)
        } catch {
            var log = ProblemLog(file: name)
            log.add(.fatal, "the file could not be read: \(error.localizedDescription)")
            return SSDA903XMLReadResult(ssda903: nil, problems: log.finished(), children: 0, layout: nil)
        }
    }

    public static func read(bytes: [UInt8], fileName: String) -> SSDA903XMLReadResult {
        read(source: ArrayByteSource(bytes), fileName: fileName)
    }

    public static func read(source: any XMLByteSource, fileName: String,
                            limits: XMLTokenizer.Limits = XMLTokenizer.Limits()) -> SSDA903XMLReadResult {
        let name = CINCensusReader.baseName(fileName)
        let xml = XMLTokenizer(source: source, unindexed: ["Header", "HEADER", "Children", "CollectionDetails"], limits: limits)
        var parser = SSDA903XMLParser(xml: xml, log: ProblemLog(file: name))
        do {
            let ret = try parser.parse()
            return SSDA903XMLReadResult(ssda903: ret, problems: parser.log.finished(), children: parser.childCount,
                                        layout: parser.layout)
        } catch {
            var log = parser.log
            log.add(.fatal, line: error.line, element: error.path.isEmpty ? nil : error.path, error.message)
            return SSDA903XMLReadResult(ssda903: nil, problems: log.finished(), children: parser.childCount,
                                        layout: parser.layout)
        }
    }

    /// True when the first few KB look like SSDA903 XML: root `EXPSSDA903`, or root `Message`
    /// whose first child record carries a `CHILD` / `CHILDID` value.
    public static func looksLikeSSDA903XML(prefix: [UInt8]) -> Bool {
        var xml = XMLTokenizer(bytes: prefix, limits: XMLTokenizer.Limits(maxTokenBytes: 1 << 16))
        var open: [String] = []
        do {
            while let event = try xml.next() {
                switch event {
                case .start(let name, _):
                    let upper = name.local.uppercased()
                    if open.isEmpty { if upper == "EXPSSDA903" { return true } else if upper != "MESSAGE" { return false } }
                    open.append(upper)
                    if open.count == 4, open[1] == "CHILDREN", open[2] == "CHILD", upper == "CHILD" || upper == "CHILDID" {
                        return true
                    }
                case .end:
                    open.removeLast()
                case .text:
                    continue
                }
            }
        } catch {
            return false
        }
        return false
    }
}
