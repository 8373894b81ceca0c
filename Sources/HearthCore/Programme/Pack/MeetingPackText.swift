/// What officers write for one meeting's pack: commentary beside indicators, and the
/// implications every council report states. Kept per meeting, so each pack says what was
/// true when it went to the board.
public struct MeetingPackText: Sendable, Hashable, Codable {
    /// The implications a council report sets out, in the order reports list them.
    public enum Implication: String, Sendable, Hashable, Codable, CaseIterable {
        case policy
        case financial
        case legal
        case risk
        case equality
        case climate

        public var title: String {
            switch self {
            case .policy: "Policy implications"
            case .financial: "Financial implications"
            case .legal: "Legal implications"
            case .risk: "Risk analysis"
            case .equality: "Equality and diversity implications"
            case .climate: "Climate change implications"
            }
        }
    }

    /// The three parts of the key messages, in the order the board reads them: what needs its
    /// attention first, then what is improving, then what it is asked to decide.
    public enum KeyMessageGroup: String, Sendable, Hashable, Codable, CaseIterable {
        case exceptions
        case improving
        case decisions

        public var title: String {
            switch self {
            case .exceptions: "Needs the board's attention"
            case .improving: "Improving"
            case .decisions: "Decisions the board is asked to make"
            }
        }
    }

    public var meetingID: String
    /// Officer commentary by indicator id.
    public var commentary: [String: String]
    public var implications: [Implication: String]
    /// A manager's wording of the key messages, one message a line, where it replaces what
    /// Hearth writes from the figures and the plan.
    public var keyMessages: [KeyMessageGroup: String]
    /// The figure each commentary was written beside, as the pack showed it ("17.8% in 12 months
    /// to 30/11/2026"): when the figure has since moved, the writer is warned before sign-off.
    public var commentaryFigures: [String: String]

    public init(meetingID: String, commentary: [String: String] = [:], implications: [Implication: String] = [:],
                keyMessages: [KeyMessageGroup: String] = [:], commentaryFigures: [String: String] = [:]) {
        self.meetingID = meetingID
        self.commentary = commentary.filter { !$0.value.isBlank }
        self.implications = implications.filter { !$0.value.isBlank }
        self.keyMessages = keyMessages.filter { !$0.value.isBlank }
        let kept = Set(self.commentary.keys)
        self.commentaryFigures = commentaryFigures.filter { kept.contains($0.key) && !$0.value.isBlank }
    }

    /// The implications not yet written, for the author's checklist.
    public var missingImplications: [Implication] { Implication.allCases.filter { implications[$0] == nil } }
}

extension String {
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
