import Foundation
import HearthCore

/// One saved version of the self-evaluation: the officers' words as they stood, who saved them
/// and when, and — once issued — who issued it, when, and its files frozen as they went out.
public struct SelfEvaluationVersion: Sendable, Equatable {
    public let version: Int
    public let createdBy: String
    public let createdAt: Date
    public let narrative: SelfEvaluationNarrative
    public let issuedBy: String?
    public let issuedAt: Date?
    /// The SHA-256 of each frozen file by format (`html`, `docx`, `json`, and `pdf` when the server printed one), once issued.
    public let sha256: [String: String]

    public init(version: Int, createdBy: String, createdAt: Date, narrative: SelfEvaluationNarrative,
                issuedBy: String? = nil, issuedAt: Date? = nil, sha256: [String: String] = [:]) {
        self.version = version
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.narrative = narrative
        self.issuedBy = issuedBy
        self.issuedAt = issuedAt
        self.sha256 = sha256
    }

    public var isIssued: Bool { issuedAt != nil }
}
