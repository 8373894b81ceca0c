/// What officers write in a self-evaluation, area by area, in answer to the three questions of
/// Ofsted's annual engagement meeting. The figures beside it are Hearth's; these words are the
/// authority's own, kept exactly as typed.
public struct SelfEvaluationNarrative: Sendable, Hashable, Codable {
    /// The three answers for one ILACS area.
    public struct Answers: Sendable, Hashable, Codable {
        /// What do we know about the quality and impact of social work practice?
        public var whatWeKnow: String
        /// How do we know it?
        public var howWeKnow: String
        /// What are our plans for the next 12 months?
        public var plans: String

        public init(whatWeKnow: String = "", howWeKnow: String = "", plans: String = "") {
            self.whatWeKnow = whatWeKnow
            self.howWeKnow = howWeKnow
            self.plans = plans
        }

        public var isEmpty: Bool { [whatWeKnow, howWeKnow, plans].allSatisfy { $0.allSatisfy(\.isWhitespace) } }
    }

    /// The three questions as the engagement meeting asks them, in order.
    public static let questions = [
        "What do we know about the quality and impact of social work practice?",
        "How do we know it?",
        "What are our plans for the next 12 months?",
    ]

    /// An overall summary at the start (optional).
    public var summary: String
    public var areas: [ILACSArea: Answers]

    public init(summary: String = "", areas: [ILACSArea: Answers] = [:]) {
        self.summary = summary
        self.areas = areas
    }

    public subscript(area: ILACSArea) -> Answers {
        get { areas[area] ?? Answers() }
        set { areas[area] = newValue }
    }
}
