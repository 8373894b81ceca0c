import HearthCore

/// What reading an SSDA903 XML file produced.
public struct SSDA903XMLReadResult: Sendable {
    /// The XML layouts the reader accepts (see `SSDA903XMLReader`).
    public enum Layout: String, Sendable {
        /// `<EXPSSDA903><CHILD><HEADER>…</HEADER><EPISODE>…</EPISODE></CHILD>…`
        case expanded
        /// `<Message><Header>…</Header><Children><Child>…</Child></Children></Message>`
        case message
    }

    /// The return, or nil when the file was rejected (a `.fatal` problem says why).
    public let ssda903: SSDA903Return?
    public let problems: [DataProblem]
    /// Child elements in the file, including any left out for errors.
    public let children: Int
    public let layout: Layout?

    public init(ssda903: SSDA903Return?, problems: [DataProblem], children: Int, layout: Layout?) {
        self.ssda903 = ssda903
        self.problems = problems
        self.children = children
        self.layout = layout
    }
}
