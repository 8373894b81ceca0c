import Foundation
import HearthCore

/// Where the self-evaluation's versions are kept, per authority. A save is always a new version
/// (the history is the rows); issuing freezes a version's files. Each method is one transaction.
public protocol SelfEvaluationStore: Sendable {
    /// Saves the words as the next version, numbered after the highest held.
    func addSelfEvaluation(_ narrative: SelfEvaluationNarrative, by user: String, at: Date, authority: String) async throws -> SelfEvaluationVersion
    /// Every version, oldest first, without files.
    func selfEvaluations(authority: String) async throws -> [SelfEvaluationVersion]
    /// One version, nil if there is none.
    func selfEvaluation(version: Int, authority: String) async throws -> SelfEvaluationVersion?
    /// Freezes the files (`html`, `docx`, `json`, `pdf`) as the version's issue. `StoreError.notFound`
    /// when there is no such version, `StoreError.duplicate` when it was issued already (an issued
    /// version never changes).
    func issueSelfEvaluation(version: Int, files: [String: Data], by user: String, at: Date, authority: String) async throws -> SelfEvaluationVersion
    /// A frozen file of an issued version, nil when the version is not issued or has no such file.
    func selfEvaluationFile(version: Int, format: String, authority: String) async throws -> Data?
}
