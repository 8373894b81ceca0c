/// What an import did.
public enum ImportOutcome: Sendable, Equatable, CustomStringConvertible {
    /// Stored as a new submission.
    case stored(SubmissionSummary)
    /// The same files (by SHA-256) were imported before, as this submission; nothing changed.
    case alreadyStored(SubmissionSummary)
    /// Nothing stored, for these reasons.
    case refused([String])

    public var description: String {
        switch self {
        case .stored(let s): "stored submission \(s.id) for \(s.authority): \(s.fileCount) files, \(s.rowCount) rows"
        case .alreadyStored(let s): "nothing to do: these files are submission \(s.id), imported \(s.importedAt.formatted()) by \(s.importedBy)"
        case .refused(let reasons): "nothing stored:\n" + reasons.map { "  - \($0)" }.joined(separator: "\n")
        }
    }
}
