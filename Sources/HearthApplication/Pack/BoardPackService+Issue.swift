import Foundation
import HearthCore
import HearthReports
import HearthStore

/// A pack's lifecycle: draft (computed live, seen by those who write it) → signed off by a
/// manager → issued, when its files are frozen as a version that board members, viewers and
/// secretaries read ever after as it went out. A re-issue is a new version with its reason;
/// every version stays readable.
extension BoardPackService {
    public func signOff(meeting: Meeting, by user: String, at: Date = Date()) async throws {
        try await store.signOffPack(PackSignOff(meetingID: meeting.id, by: user, at: at), authority: authority)
        try await audit(user, "sign off board pack", meeting: meeting)
    }

    public func signOff(meeting: String) async throws -> PackSignOff? {
        try await store.packSignOff(meeting: meeting, authority: authority)
    }

    /// Freezes the draft as the next version: the HTML (its stylesheet inside it), the Word file,
    /// the PDF when this machine prints one, and `json` (the API's form, given by the caller).
    /// A second version needs a reason; every version needs a sign-off since the draft last changed.
    @discardableResult
    public func issue(meeting: Meeting, by user: String, reason: String, json: (BoardPack) throws -> Data,
                      at: Date = Date()) async throws -> IssuedPack.Record {
        guard try await signOff(meeting: meeting.id) != nil else {
            throw ApplicationError.conflict("The pack has not been signed off since it last changed: a manager signs it off, then it can be issued.")
        }
        let earlier = try await store.issuedPacks(meeting: meeting.id, authority: authority)
        let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        if !earlier.isEmpty && why.isEmpty {
            throw ApplicationError.invalid("Say why the pack is issued again (version \(earlier.count + 1)): board members see it beside the new version.")
        }
        let inputs = try await inputs(meeting: meeting.id)
        let pack = BoardPackBuilder(inputs: inputs).build()
        let dataTo = inputs.summaries.compactMap(\.latest?.period.end).max()?.long ?? "no figures computed"
        var files: [String: Data] = [
            "html": try await render(pack, as: .html), "docx": try await render(pack, as: .docx), "json": try json(pack),
        ]
        if printer != nil { files["pdf"] = try? await render(pack, as: .pdf) }
        let record = try await store.issuePack(meeting: meeting.id, files: files, issuedBy: user, at: at,
                                               reason: why.isEmpty ? "First issue." : why, dataTo: dataTo, authority: authority)
        try await audit(user, "issue board pack version \(record.version)", meeting: meeting)
        return record
    }

    public func issuedVersions(meeting: String) async throws -> [IssuedPack.Record] {
        try await store.issuedPacks(meeting: meeting, authority: authority)
    }

    public func issued(meeting: String, version: Int) async throws -> IssuedPack {
        guard let pack = try await store.issuedPack(meeting: meeting, version: version, authority: authority) else {
            throw ApplicationError.notFound("There is no issued version \(version) of this pack.")
        }
        return pack
    }
}
