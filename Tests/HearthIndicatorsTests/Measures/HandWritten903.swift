import HearthCore
import HearthData
@testable import HearthIndicators

/// SSDA903 tables written by hand as another tool would write them — columns in their own
/// order, CRLF line ends, dates as DD/MM/YYYY — read by Hearth's readers and assembled into
/// years from their dates, exactly as an upload is, so a measure is tested on what a council
/// sends rather than on what Hearth's generator writes.
struct HandWritten903 {
    /// File name → CSV text (lines joined with CRLF).
    var files: [(name: String, lines: [String])]

    /// Reads and assembles the files; `population` for rates per 10,000.
    func dataset() -> (dataset: Dataset, problems: [DataProblem]) {
        let read = files.map { SSDA903TableReader.read(bytes: Array(($0.lines.joined(separator: "\r\n") + "\r\n").utf8), name: $0.name) }
        let assembly = SSDA903Assembler().assemble(read)
        return (Dataset(authorityCode: "876", ssda903: assembly.current, ssda903Previous: assembly.previous), assembly.problems)
    }

    /// One indicator over the reporting year 2024-25, with a population of 10,000.
    func result(_ id: IndicatorID, year: Int = 2025) throws -> IndicatorResult {
        let engine = IndicatorEngine(dataset: dataset().dataset, population: 10_000)
        return try engine.compute(id, over: .financialYear(year))
    }

    /// Children in the numerator and in the denominator, by ID.
    func members(_ id: IndicatorID) throws -> (numerator: Set<String>, denominator: Set<String>) {
        let r = try result(id)
        return (Set(r.members.filter(\.inNumerator).map(\.childID)), Set(r.members.map(\.childID)))
    }
}
