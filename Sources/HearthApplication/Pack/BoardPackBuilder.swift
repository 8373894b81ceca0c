import Foundation
import HearthCore
import HearthIndicators
import HearthReports
import HearthStore

/// Writes one meeting's board pack from what Hearth holds. A pack leaves the authority, so every
/// count of children is suppressed (1–5 → "c", with secondary suppression where a total is
/// shown) and no child is ever named or identified: only aggregates reach this builder's output.
public struct BoardPackBuilder {
    public let inputs: BoardPackInputs

    public func build() -> BoardPack {
        // The key messages are the first page after the cover in every pack, whatever was chosen.
        var chosen = inputs.settings.sections.filter { $0 != .keyMessages }
        chosen.insert(.keyMessages, at: chosen.first == .cover ? 1 : 0)
        var sections = chosen.compactMap(section)
        // The pack proper says, at the end of each section, where its detail is.
        for (letter, detail) in BoardPack.appendices(sections) {
            if let i = sections.firstIndex(where: { $0.kind == detail.kind }) {
                sections[i].blocks.append(.note("The detail: Appendix \(letter), \(detail.appendixTitle)."))
            }
        }
        return BoardPack(
            title: inputs.board.kind == .corporateParenting ? "Children in care and care leavers" : "Children's services improvement: progress report",
            authority: inputs.authorityName,
            cover: cover, sections: sections, sources: sources,
            footer: "\(inputs.authorityName) · \(inputs.board.name) · \(inputs.meeting.date.long)")
    }

    private var subject: String {
        inputs.board.kind == .corporateParenting ? "children in care and care leavers" : "children's services improvement"
    }

    private func section(_ kind: PackSection) -> PackSectionContent? {
        switch kind {
        case .cover: PackSectionContent(kind: .cover, blocks: [])
        case .keyMessages: keyMessages()
        case .regulatory: regulatory()
        case .plan: plan()
        case .indicators: indicatorSection(.indicators, area: .frontDoor, intro: nil)
        case .workforce: withLocalMeasures(workforce(), area: .workforce)
        case .childrenInCare: childrenInCare()
        case .careLeavers: indicatorSection(.careLeavers, area: .careLeavers, intro: nil)
        case .localMeasures: localMeasures()
        case .sufficiency: sufficiency()
        case .arising: arising()
        case .implications: implications()
        }
    }

    private func keyMessages() -> PackSectionContent {
        var blocks: [PackBlock] = []
        for group in KeyMessages(inputs).groups {
            blocks.append(.subheading(group.kind.title))
            blocks.append(group.messages.isEmpty ? .paragraph(KeyMessages.none(group.kind))
                                                 : .bullets(group.messages.map(\.text)))
        }
        let since = SinceLastMeeting(inputs)
        return PackSectionContent(kind: .keyMessages, blocks: blocks + since.blocks, appendix: since.detail,
                                  appendixTitle: "Since the last meeting: every indicator")
    }

    private var cover: PackCover {
        let s = inputs.settings
        var facts = [PackKeyValue("Report to", s.reportTo.isBlankText ? inputs.board.name : s.reportTo),
                     PackKeyValue("Date of meeting", inputs.meeting.date.long)]
        if !s.reportingOfficer.isBlankText { facts.append(PackKeyValue("Reporting officer", s.reportingOfficer)) }
        if !s.portfolio.isBlankText { facts.append(PackKeyValue("Portfolio", s.portfolio)) }
        if !s.wards.isBlankText { facts.append(PackKeyValue("Wards", s.wards)) }
        facts.append(PackKeyValue("Position as at", inputs.today.long))
        let recommendations = s.recommendations.isEmpty ? ["That the report be noted."] : s.recommendations
        return PackCover(facts: facts, purpose: s.purpose.isBlankText ? [] : [s.purpose], recommendations: recommendations)
    }

    /// Where each figure came from, so a reader can tell which returns and which computation the pack shows.
    private var sources: [String] {
        var out: [String] = []
        let latest = inputs.summaries.compactMap(\.latest)
        if let newest = latest.max(by: { $0.period.end < $1.period.end }) {
            let ids = Set(latest.filter { $0.period == newest.period }.flatMap(\.sourceSubmissionIDs)).sorted()
            let computed = latest.map(\.computedAt).max() ?? newest.computedAt
            let used = ids.compactMap { id in inputs.submissions.first { $0.id == id } }.map(Self.describe)
            out.append("Indicators: Hearth's frozen figures for \(newest.period.label) (\(newest.period.start.long) to \(newest.period.end.long)), "
                       + "computed on \(Self.stamp(computed)) from " + (used.isEmpty ? "the stored returns" : used.joined(separator: "; ")) + ".")
        } else {
            out.append("Indicators: none computed yet: import the returns and re-compute the indicators before the pack is sent.")
        }
        if inputs.summaries.contains(where: { $0.published != nil }) {
            out.append("Comparisons with England, the region and the ten statistical neighbours: DfE published statistics "
                       + "(Explore Education Statistics and the Local Authority Interactive Tool), Crown copyright, Open Government Licence v3.0.")
        }
        if let w = inputs.workforce {
            out.append("Workforce: \(w.source.rawValue), as at \(w.report.date.long); DfE's children's social work workforce statistics for comparison.")
        }
        if let s = inputs.sufficiency {
            out.append("Placements: SSDA903 episodes open on \(s.date.long), priced from "
                       + (inputs.ownCosts ? "the council's placement cost table." : "illustrative national prices (the council has not set its own)."))
        }
        out.append("Plan, inspections and boards: Hearth's improvement programme record, position on \(inputs.today.long).")
        return out
    }

    public static func describe(_ s: SubmissionSummary) -> String {
        let parts = s.parts.map { "\(Self.returnName($0.kind)) \($0.year)" }.joined(separator: ", ")
        return "submission \(s.id) (\(parts.isEmpty ? "\(s.fileCount) files" : parts)), imported \(stamp(s.importedAt)) by \(s.importedBy)"
    }

    private static func returnName(_ kind: SubmissionPart.Kind) -> String {
        switch kind {
        case .cin: "CIN census"
        case .ssda903: "SSDA903"
        case .annexA: "Annex A"
        case .workforce: "workforce census"
        }
    }

    /// "3 November 2026 at 09:12", London time, as the pack states when things happened.
    public static func stamp(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_GB")
        f.timeZone = TimeZone(identifier: "Europe/London")
        f.dateFormat = "d MMMM yyyy 'at' HH:mm"
        return f.string(from: date)
    }

    // MARK: small helpers shared by the section files

    public static func rag(_ r: RAGStatus) -> PackRAG {
        switch r {
        case .red: .red
        case .amber: .amber
        case .green: .green
        case .neutral: .none
        }
    }

    public static func rag(_ r: ActionRAG) -> PackRAG {
        switch r {
        case .red: .red
        case .amber: .amber
        case .green: .green
        case .complete: .complete
        }
    }
}

extension String {
    public var isBlankText: Bool { allSatisfy(\.isWhitespace) }
}
