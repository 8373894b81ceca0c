import Foundation
import HearthCore
import HearthData
import Testing
@testable import HearthStore

@Suite("Problems kept with a submission")
struct SubmissionProblemsTests {
    @Test("the problems found on reading are stored with the submission, most severe first", arguments: Backend.available)
    func problemsRoundTrip(backend: Backend) async throws {
        let returns = try await GeneratedReturns.rutland()
        let found = [
            DataProblem(.warning, file: "SSDA903_2025_Episodes.csv", line: 12, field: "DECOM", message: "31/02/2024 is not a date"),
            DataProblem(.error, file: "CIN_Census.xml", element: "Message/Children/Child[4]/CINdetails", field: "ReferralDate",
                        message: "referral after the census year"),
        ]
        let set = ReturnSet(dataset: returns.dataset, files: returns.returnSet.files, problems: found)
        try await backend.withStore { store in
            guard case .stored(let s) = try await store.importSubmission(ImportRequest(returnSet: set, files: returns.files, importedBy: "ana"))
            else { Issue.record("not stored"); return }
            let kept = try await store.problems(submission: s.id)
            #expect(kept == [found[1], found[0]])
        }
    }
}
