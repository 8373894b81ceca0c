import HearthCore
import HearthIndicators
import HearthReports
import HearthStore

/// The "so what" of a meeting's pack: what needs the board's attention first (red indicators,
/// indicators getting worse or newly over a RAG boundary since the last meeting, plan actions
/// overdue or off their trajectory, the workforce's uncovered vacancies, children in unregistered
/// provision), then what is improving, then the decisions the board is asked to make.
/// Hearth writes them from the same figures the pack shows, under the pack's disclosure (a count
/// of 1 to 5 children is never given); a manager may reword each part, which then replaces it.
public struct KeyMessages: Sendable, Equatable {
    /// Where a message's evidence is, for the page to link it.
    public enum Evidence: Sendable, Equatable {
        case indicator(String)
        case action(String)
        case plan
        case workforce
        case sufficiency
        case none
    }

    public struct Message: Sendable, Equatable {
        public let text: String
        public let evidence: Evidence
    }

    public struct Group: Sendable, Equatable {
        public let kind: MeetingPackText.KeyMessageGroup
        public let messages: [Message]
        /// Whether a manager's wording replaced what Hearth wrote.
        public let edited: Bool
    }

    public let groups: [Group]

    public init(_ inputs: BoardPackInputs) {
        let generated = Self.generated(inputs)
        groups = MeetingPackText.KeyMessageGroup.allCases.map { kind in
            let written = generated[kind] ?? []
            guard let wording = inputs.text.keyMessages[kind] else { return Group(kind: kind, messages: written, edited: false) }
            // Each line a message; a line that starts as one of Hearth's did keeps its evidence.
            let lines = wording.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .map { $0.hasPrefix("- ") ? String($0.dropFirst(2)) : $0 }.filter { !$0.isEmpty }
            return Group(kind: kind, messages: lines.map { line in
                Message(text: line, evidence: written.first { Self.subject($0.text).map(line.hasPrefix) == true }?.evidence ?? .none)
            }, edited: true)
        }
    }

    /// What a group says when it has no message.
    public static func none(_ kind: MeetingPackText.KeyMessageGroup) -> String {
        kind == .exceptions ? "Nothing is red, getting worse or overdue." : "None."
    }

    /// The wording Hearth writes, one message a line: what a manager starts from.
    public static func lines(_ messages: [Message]) -> String { messages.map(\.text).joined(separator: "\n") }

    /// The text before a message's first colon: the indicator or action it is about.
    static func subject(_ text: String) -> String? {
        text.firstIndex(of: ":").map { String(text[..<$0]) }
    }

    static func generated(_ inputs: BoardPackInputs) -> [MeetingPackText.KeyMessageGroup: [Message]] {
        var exceptions: [Message] = [], improving: [Message] = []
        let areas = Set(inputs.settings.sections.compactMap(IndicatorArea.init(section:)))
        let shown = inputs.summaries.filter { areas.contains($0.definition.area) && $0.latest?.value != nil }
        for s in shown {
            let text = IndicatorText(summary: s, disclosure: .aggregate)
            let id = s.definition.id.rawValue
            let value = text.value(s.latest), period = s.latest?.period.label ?? ""
            let target = s.target.map { " against a target of " + text.plain($0.target) } ?? ""
            // A local measure's direction is over its latest year of periods, not year on year.
            let over = s.definition.source == .local ? "over the latest year" : "year on year"
            if text.rag.shown == .red {
                exceptions.append(Message(text: "\(s.definition.title): \(value) in \(period)\(target) (red).", evidence: .indicator(id)))
            } else if text.direction.shown == .declining {
                exceptions.append(Message(text: "\(s.definition.title): getting worse \(over), \(value) in \(period).", evidence: .indicator(id)))
            } else if text.direction.shown == .improving {
                improving.append(Message(text: "\(s.definition.title): improving \(over), \(value) in \(period).", evidence: .indicator(id)))
            }
        }
        // Red first, then worsening; each in the pack's order.
        exceptions.sort { ($0.text.hasSuffix("(red).") ? 0 : 1) < ($1.text.hasSuffix("(red).") ? 0 : 1) }
        // The movements that matter since the board last met: a RAG boundary crossed.
        if let previous = inputs.previousMeeting {
            for row in SinceLastMeeting(inputs).rows where row.crossed {
                let text = "\(row.title): \(row.rag) since the meeting of \(previous.date.long) (\(row.then) then, \(row.now) now)."
                guard let s = shown.first(where: { $0.definition.id.rawValue == row.id }) else { continue }
                let now = IndicatorText(summary: s, disclosure: .aggregate).rag.shown
                let then = inputs.earlierFigures[s.definition.id]?.rag
                if let now, let then, now.severity > then.severity {
                    exceptions.append(Message(text: text, evidence: .indicator(row.id)))
                } else {
                    improving.insert(Message(text: text, evidence: .indicator(row.id)), at: 0)
                }
            }
        }
        let status = inputs.status
        let overdue = status.overdueActions
        if !overdue.isEmpty {
            let listed = overdue.prefix(3).map { "\($0.id) \($0.title) (due \($0.due.long))" }.joined(separator: "; ")
            exceptions.append(Message(text: "Plan actions overdue: \(overdue.count)" + (overdue.count > 3 ? ", the oldest " : ": ") + listed + ".",
                                      evidence: overdue.count == 1 ? .action(overdue[0].id) : .plan))
        }
        if !status.offTrajectory.isEmpty {
            exceptions.append(Message(text: "Indicators off the trajectory the plan set: " + status.offTrajectory.keys.sorted().compactMap { id in
                inputs.summaries.first { $0.definition.id.rawValue == id }?.definition.title
            }.joined(separator: ", ") + ".", evidence: .plan))
        }
        if let gap = inputs.workforce?.report.uncoveredGap, gap.gapFTE > 0 {
            exceptions.append(Message(text: "Workforce: \(IndicatorFormat.number((gap.gapFTE * 10).rounded() / 10)) FTE of vacancies and absence not covered by agency workers"
                                      + (WorkforceFigures.gapShare(gap).map { " (\($0))." } ?? "."), evidence: .workforce))
        }
        // Children in unregistered provision (a count of 1 to 5 is "c", as everywhere in the pack).
        if let r = inputs.sufficiency, !r.unregistered.isEmpty {
            exceptions.append(Message(text: "Placements: \(SufficiencyFigures(r, .aggregate).unregistered) children in unregistered provision on \(r.date.long).",
                                      evidence: .sufficiency))
        }
        let counts = status.counts()
        if let complete = counts[.complete], complete > 0 {
            improving.append(Message(text: "Improvement plan: \(complete) of \(status.plan?.actions.count ?? 0) actions complete.", evidence: .plan))
        }
        let recommendation = inputs.settings.recommendation.trimmingCharacters(in: .whitespacesAndNewlines)
        let decisions = recommendation.isEmpty ? [] : recommendation.split(whereSeparator: \.isNewline)
            .map { Message(text: String($0).trimmingCharacters(in: .whitespaces), evidence: .none) }.filter { !$0.text.isEmpty }
        return [.exceptions: exceptions, .improving: improving, .decisions: decisions]
    }
}
