import Foundation
import HearthCore

/// Reads `placement_costs.csv`: weekly cost by placement group or `PLACE` code, optionally for
/// one provider (a `PLACE_PROVIDER` code or an Ofsted URN).
public enum PlacementCostCSVReader {
    static let table = StaffingCSVTable(what: "placement costs", columns: StaffingColumns.costHeadings,
                                        required: StaffingColumns.costRequired)

    public static func read(url: URL, fileName: String? = nil) -> StaffingFileResult<PlacementCost> {
        table.collect(url: url, fileName: fileName, add)
    }

    public static func read(bytes: [UInt8], fileName: String) -> StaffingFileResult<PlacementCost> {
        table.collect(bytes: bytes, fileName: fileName, add)
    }

    private static func add(_ d: FieldDecoder, _ log: inout ProblemLog, _ rows: inout [PlacementCost]) {
        let C = StaffingColumns.self
        guard let text = StaffingCSVTable.required(d.text(C.placement), d, C.placement, &log) else { return }
        let placement: String
        if let group = PlacementGroup(text: text) {
            placement = group.rawValue
        } else if SSDA903Codes.placement.contains(text.uppercased()) {
            placement = text.uppercased()
        } else {
            log.add(.error, line: d.line, field: C.placement,
                    "\"\(text)\" is neither a placement group (\(PlacementGroup.allCases.map(\.rawValue).joined(separator: ", "))) nor a PLACE code; row left out")
            return
        }
        // Spreadsheets write money as "£1,250.00": the symbol and separators are not the number.
        guard let costText = StaffingCSVTable.required(d.text(C.weeklyCost), d, C.weeklyCost, &log) else { return }
        guard let cost = Double(costText.filter { $0 != "£" && $0 != "," && $0 != " " }), cost.isFinite else {
            log.add(.error, line: d.line, field: C.weeklyCost, "\"\(costText)\" is not an amount; row left out")
            return
        }
        guard cost >= 0 else {
            log.add(.error, line: d.line, field: C.weeklyCost, "\(cost) is negative; row left out")
            return
        }
        // Provider and note come back from Hearth's own download, formula-safe (`CSVWriter`).
        let provider = d.text(C.provider).map(CSVWriter.restored)
        if rows.contains(where: { $0.placement == placement && $0.provider?.uppercased() == provider?.uppercased() }) {
            log.add(.warning, line: d.line, field: C.placement, "\(placement) \(provider ?? "(every provider)") is priced again; the first line is used")
            return
        }
        rows.append(PlacementCost(placement: placement, provider: provider, weeklyCost: cost, note: d.text(C.note).map(CSVWriter.restored)))
    }
}

extension PlacementCostCSVReader {
    /// The cost table in a file: nil (with the problems saying why) when it cannot be used or
    /// prices nothing.
    public static func table(url: URL) -> (table: PlacementCostTable?, problems: [DataProblem]) {
        let r = read(url: url)
        guard !r.hasFatal else { return (nil, r.problems) }
        guard !r.rows.isEmpty else {
            return (nil, r.problems + [DataProblem(.fatal, file: url.lastPathComponent, message: "no usable cost lines")])
        }
        return (PlacementCostTable(lines: r.rows), r.problems)
    }
}
