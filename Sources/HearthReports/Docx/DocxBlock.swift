/// One piece of a document's body.
public enum DocxBlock: Sendable, Equatable {
    /// A heading in Word's built-in Heading 1–3 styles, so the navigation pane and a table of
    /// contents find it. Levels below 1 are written as 1, above 3 as 3.
    case heading(String, level: Int)
    /// A paragraph of body text, run by run.
    case paragraph([DocxRun])
    /// A bulleted list, one item per string.
    case bullets([String])
    /// A bordered table the full width of the text, its header row repeated on every page.
    case table(DocxTable)
    /// Starts the next block on a new page.
    case pageBreak
    /// A borderless two-column table: each key in bold, its value beside it.
    case keyValues([DocxKeyValue])
    /// Small grey italic text, for sources and footnotes such as "c = suppressed".
    case note(String)
}
