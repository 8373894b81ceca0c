/// One numbered step of the schema: SQL statements with the dialect's type placeholders.
public struct Migration: Sendable {
    public let version: Int
    public let name: String
    /// Statements run in order inside the migration's transaction.
    public let statements: [String]

    public init(version: Int, name: String, statements: [String]) {
        self.version = version
        self.name = name
        self.statements = statements
    }

    /// Every migration, in order. Append only: a released migration is never edited.
    public static let all: [Migration] = [.submissions, .snapshots, .access, .fileChunks, .problems, .programme, .staffing, .boardPacks, .operations, .dataTo, .issuedPacks, .localMeasures, .staffProfile, .findingSources, .boardLife, .recommendations, .selfEvaluations, .ownersAndOutbox]
}
