import Foundation
import HearthCore

/// Reads an upload of a local measure's values: `period,value` and, optionally, `numerator`,
/// `denominator` and `note` (the template Hearth offers has them all). Each row is checked as the
/// web form checks one value (`LocalMeasure.problems`), and every problem is kept with its line
/// and column; a period given twice in one file is refused, as it could only be a slip. The
/// caller stores the values only when there is no error at all.
public enum LocalMeasureCSVReader {
    public static let period = "period", value = "value", numerator = "numerator", denominator = "denominator", note = "note"
    public static let headings = [period, value, numerator, denominator, note]

    public static func read(bytes: [UInt8], fileName: String, measure: LocalMeasure, enteredBy: String,
                            at: Date) -> StaffingFileResult<LocalMeasureValue> {
        let table = StaffingCSVTable(what: "local measure values", columns: headings, required: [period, value])
        var seen: [Day: Int] = [:]
        return table.collect(bytes: bytes, fileName: fileName) { d, log, rows in
            guard let text = StaffingCSVTable.required(d.text(period), d, period, &log) else { return }
            guard let p = measure.frequency.period(parsing: text) else {
                log.add(.error, line: d.line, field: period, "\"\(text)\" is not a \(measure.frequency.rawValue) period ("
                        + example(measure.frequency) + ")")
                return
            }
            if let first = seen[p.start] {
                log.add(.error, line: d.line, field: period, "\(p.label) is given twice (line \(first) and line \(d.line))")
                return
            }
            seen[p.start] = d.line
            guard let raw = StaffingCSVTable.required(d.text(value), d, value, &log) else { return }
            guard let v = number(raw) else {
                log.add(.error, line: d.line, field: value, "\"\(raw)\" is not a number")
                return
            }
            var counts: [String: Double] = [:]
            for column in [numerator, denominator] {
                guard let t = d.text(column) else { continue }
                guard let n = number(t) else {
                    log.add(.error, line: d.line, field: column, "\"\(t)\" is not a number")
                    return
                }
                counts[column] = n
            }
            let problems = measure.problems(value: v, numerator: counts[numerator], denominator: counts[denominator])
            for p in problems { log.add(.error, line: d.line, field: p.field, p.message) }
            guard problems.isEmpty else { return }
            let note = String((d.text(note) ?? "").prefix(2000))
            rows.append(LocalMeasureValue(measureID: measure.id, period: p, value: v, numerator: counts[numerator],
                                          denominator: counts[denominator], note: note, enteredBy: enteredBy, enteredAt: at))
        }
    }

    /// A number as people type one in a spreadsheet: "72", "72.5", "72%", "1,204", "£1,204".
    static func number(_ text: String) -> Double? {
        var t = text.trimmingCharacters(in: .whitespaces)
        if t.hasPrefix("£") { t.removeFirst() }
        if t.hasSuffix("%") { t.removeLast() }
        t = t.replacingOccurrences(of: ",", with: "")
        guard let v = Double(t), v.isFinite else { return nil }
        return v
    }

    /// How a period of the frequency is written, for a message.
    public static func example(_ f: LocalMeasure.Frequency) -> String {
        switch f {
        case .monthly: "e.g. 2026-04"
        case .quarterly: "e.g. 2026-27 Q1 or 2026-27-Q1"
        case .annual: "e.g. 2026-27"
        }
    }

    /// The template to fill in: the headings, then the periods of about the last year that have
    /// ended by `today` (the period still running has no figure yet), oldest first, values blank.
    public static func template(_ measure: LocalMeasure, today: Day) -> String {
        let count = switch measure.frequency { case .monthly: 12; case .quarterly: 4; case .annual: 3 }
        let periods = measure.frequency.periods(endedBy: today, count: count)
        return headings.joined(separator: ",") + "\n"
            + periods.map { CSVWriter.field(measure.frequency.text($0)) + ",,,," }.joined(separator: "\n") + "\n"
    }
}
