import HearthCore
import HearthIndicators
import HearthReports
import HearthStore

/// What changed since the board last met: each indicator's figure for the twelve months to the
/// last month-end before that meeting beside its figure now, the change, and whether it crossed a
/// RAG boundary; the plan's actions completed since, and those that fell due and were not done.
/// Under the pack's disclosure: a figure resting on 1 to 5 children is "c", and so is any change
/// worked out from it.
public struct SinceLastMeeting: Sendable {
    /// An indicator's figure as it stood at the last meeting, with its RAG then.
    public struct Earlier: Sendable {
        public let snapshot: IndicatorSnapshot
        public let rag: RAGStatus

        public init(snapshot: IndicatorSnapshot, rag: RAGStatus) {
            self.snapshot = snapshot
            self.rag = rag
        }
    }

    public struct Row: Sendable, Equatable {
        public let id: String
        public let title: String
        public let then: String
        public let thenPeriod: String
        public let now: String
        public let nowPeriod: String
        public let change: String
        public let rag: String
        /// Whether the RAG is not what it was (red to amber, green to red …).
        public let crossed: Bool
    }

    public let previous: Meeting?
    public let rows: [Row]
    public let completed: [PlanAction]
    public let slipped: [PlanAction]

    /// The day whose twelve months stood at the previous meeting: the last month-end before it.
    public static func asAt(_ meeting: Meeting) -> Day {
        ReportingPeriod.lastMonthEnd(before: meeting.date)
    }

    public init(_ inputs: BoardPackInputs) {
        previous = inputs.previousMeeting
        guard let previous else {
            rows = []; completed = []; slipped = []
            return
        }
        let areas = Set(inputs.settings.sections.compactMap(IndicatorArea.init(section:)))
        rows = inputs.summaries.filter { areas.contains($0.definition.area) }.compactMap { s -> Row? in
            guard let earlier = inputs.earlierFigures[s.definition.id], let now = s.latest, now.period != earlier.snapshot.period else { return nil }
            let text = IndicatorText(summary: s, disclosure: .aggregate)
            let a = text.figure(earlier.snapshot)
            let change = Self.change(s, from: earlier.snapshot, disclosure: .aggregate)
            let ragNow = text.rag.shown, ragThen = a?.shown == nil ? nil : earlier.rag
            let crossed = ragNow != nil && ragThen != nil && ragNow != ragThen && ragNow != .neutral
            return Row(id: s.definition.id.rawValue, title: s.definition.title, then: text.value(earlier.snapshot),
                       thenPeriod: earlier.snapshot.period.label, now: text.value(now), nowPeriod: now.period.label, change: change,
                       rag: crossed ? "\(ragThen?.label ?? "") → \(ragNow?.label ?? "")" : (ragNow?.label ?? "–"), crossed: crossed)
        }
        let actions = inputs.status.plan?.actions ?? []
        let since = previous.date, today = inputs.today
        completed = actions.filter { $0.completed.map { $0 > since && $0 <= today } ?? false }
        slipped = actions.filter { $0.completed == nil && $0.due > since && $0.due < today }
    }

    /// The change from `earlier` to the summary's figure now, as an audience may see it: "+2.1",
    /// "−0.4", "c" when either figure is withheld, "–" when either is missing. The pack, the
    /// meeting page and the overview's tiles all say it this way.
    public static func change(_ s: IndicatorSummary, from earlier: IndicatorSnapshot, disclosure: Disclosure) -> String {
        let text = IndicatorText(summary: s, disclosure: disclosure)
        let a = text.figure(earlier), b = text.figure(s.latest)
        guard let a, let b else { return "–" }
        guard let x = a.shown, let y = b.shown else { return "c" }
        let d = y - x
        return (d > 0 ? "+" : d < 0 ? "−" : "") + IndicatorFormat.value(abs(d), s.definition)
    }

    /// The comparison as the pack proper gives it: what changed RAG and the actions; each
    /// indicator's change is in its group's scorecard, and the whole table in the appendix.
    public var blocks: [PackBlock] {
        guard let previous else { return [.paragraph("This is the board's first meeting: there is nothing earlier to compare.")] }
        var out: [PackBlock] = [.subheading("Since the last meeting (\(previous.date.long))")]
        if rows.isEmpty {
            out.append(.paragraph("No indicator has a figure for both then and now."))
        } else {
            let crossed = rows.filter(\.crossed)
            out.append(.paragraph("Figures then are for the twelve months to \(Self.asAt(previous).long), the last month-end before that meeting; "
                                  + (crossed.isEmpty ? "no indicator changed its RAG." : "\(crossed.count) changed RAG: "
                                     + crossed.map { "\($0.title) (\($0.rag))" }.joined(separator: "; ") + ".")))
        }
        out.append(.paragraph("Plan actions completed since then: \(completed.count)"
                              + (completed.isEmpty ? "." : " (" + completed.prefix(6).map(\.id).joined(separator: ", ") + (completed.count > 6 ? " …" : "") + ").")
                              + " Fell due and not done: \(slipped.count)"
                              + (slipped.isEmpty ? "." : " (" + slipped.prefix(6).map(\.id).joined(separator: ", ") + (slipped.count > 6 ? " …" : "") + ")."))
        )
        return out
    }

    /// Every indicator then and now, for the appendix.
    public var detail: [PackBlock] {
        guard let previous, !rows.isEmpty else { return [] }
        return [.subheading("Indicators at the meeting of \(previous.date.long) and now"),
                .table(PackTable(caption: "Indicators then and now", header: ["Indicator", "Then", "Now", "Change", "RAG"],
                                 rows: rows.map { [PackCell($0.title), PackCell($0.then), PackCell($0.now), PackCell($0.change),
                                                   PackCell($0.rag, bold: $0.crossed)] },
                                 numericColumns: [1, 2, 3]))]
    }
}
