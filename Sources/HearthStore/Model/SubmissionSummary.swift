import Foundation

/// One stored submission: who brought which files when, and what returns they held.
public struct SubmissionSummary: Sendable, Equatable, Codable {
    public let id: Int
    public let authority: String
    /// The dataset's collection year (the CIN census's, else the SSDA903's).
    public let collectionYear: Int?
    public let importedBy: String
    public let importedAt: Date
    /// SHA-256 of the sorted SHA-256s of the files: the identity of the file set.
    public let setSHA256: String
    public let fileCount: Int
    public let rowCount: Int
    /// The returns held: ("cin", 2025), ("ssda903", 2024), ("annex_a", 2025), ("workforce", 2024) …
    public let parts: [SubmissionPart]

    public init(id: Int, authority: String, collectionYear: Int?, importedBy: String, importedAt: Date,
                setSHA256: String, fileCount: Int, rowCount: Int, parts: [SubmissionPart]) {
        self.id = id
        self.authority = authority
        self.collectionYear = collectionYear
        self.importedBy = importedBy
        self.importedAt = importedAt
        self.setSHA256 = setSHA256
        self.fileCount = fileCount
        self.rowCount = rowCount
        self.parts = parts
    }
}
