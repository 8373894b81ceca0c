import HearthCore

/// Heading recognition shared by the CSV and workbook readers, with the problems it reports.
enum AnnexAReader {
    /// The list matching `headings`, logging a fatal problem that says why when there is none
    /// and a warning for each expected column that is absent.
    ///
    /// `failure` is `.fatal` for a CSV file (the file is nothing else) and `.error` for one
    /// sheet of a workbook (the other sheets may still be read).
    static func match(headings: [String], line: Int, element: String?, failure: DataProblem.Severity = .fatal,
                      _ log: inout ProblemLog) -> AnnexAHeadingMatch? {
        let (outcome, match) = AnnexAHeadingMatch.best(for: headings)
        switch outcome {
        case .recognised:
            guard let match else { return nil }
            for heading in match.missing {
                log.add(.warning, line: line, element: element, field: heading,
                        "column \"\(heading)\" of \(match.spec.list.title) is missing; read as blank")
            }
            if !match.unknown.isEmpty {
                log.add(.warning, line: line, element: element,
                        "columns not part of \(match.spec.list.title) were ignored: \(match.unknown.joined(separator: ", "))")
            }
            return match
        case .nearMiss(let list, let missing):
            let names = missing.map { "\"\($0)\"" }.joined(separator: ", ")
            log.add(failure, line: line, element: element,
                    "looks like \(list.title) but lacks column\(missing.count == 1 ? "" : "s") \(names)")
            return nil
        case .unrecognised:
            log.add(failure, line: line, element: element,
                    "the headings match no Annex A list (expected e.g. \"Child Unique ID\", \"Date of Contact\", \"Contact Source\")")
            return nil
        }
    }
}
