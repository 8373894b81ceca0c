import HearthApplication

/// The table, CSV and JSON forms of `hearth figures` (and the demo's closing table).
struct FiguresReport {
    let figures: [IndicatorFigure]
    let authority: String
    let suppressed: Bool

    func render(_ format: OutputFormat) -> String {
        switch format {
        case .json: return jsonText(figures)
        case .csv:
            var lines = ["id,title,period,value,numerator,denominator,target,rag,direction,dfe_published,note"]
            for f in figures {
                lines.append([f.id.rawValue, f.title, f.period ?? "", f.value, f.numerator ?? "", f.denominator ?? "", f.target ?? "",
                              f.rag, f.direction, f.published ?? "", f.note ?? ""].map(csvField).joined(separator: ","))
            }
            return lines.joined(separator: "\n")
        case .table:
            let earlierPeriods = Array(Set(figures.flatMap { $0.earlier.map(\.period) })).sorted()
            var t = TextTable(["indicator"] + earlierPeriods + ["period", "Hearth", "DfE published", "target", "RAG", "travel"])
            for f in figures {
                let past = earlierPeriods.map { p in f.earlier.first { $0.period == p }?.value ?? "" }
                t.add([f.title] + past + [f.period ?? "–", f.value, f.published ?? "", f.target ?? "", f.rag, f.directionText])
            }
            var notes = figures.compactMap { f in f.note.map { "  \(f.id): \($0)" } }
            if !notes.isEmpty { notes.insert("Notes:", at: 0) }
            let head = "\(authority): the figures of record (Hearth, from your returns; DfE published beside)"
                + (suppressed ? " — counts of 1 to 5 suppressed as c" : "")
            return ([head, "", t.render()] + (notes.isEmpty ? [] : [""] + notes)).joined(separator: "\n")
        }
    }
}
