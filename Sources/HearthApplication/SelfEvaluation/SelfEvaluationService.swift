import Foundation
import HearthCore
import HearthData
import HearthIndicators
import HearthReports
import HearthStore

/// The self-evaluation's versions: every save of the officers' words is a new version (who,
/// when); a version is read live — its words with today's figures — until it is issued, when its
/// HTML, Word, JSON (and PDF where this machine prints one) are frozen, built for the aggregate
/// audience, and that is what board members, viewers and secretaries read ever after. The web
/// app, the API and `hearth report sef` all come here; every write is audited.
public struct SelfEvaluationService: Sendable {
    let store: any Store
    /// The pack's service: its renderers (HTML, Word, Chromium's PDF and its print queue) write
    /// the self-evaluation too.
    public let packs: BoardPackService

    public init(store: any Store, packs: BoardPackService) {
        self.store = store
        self.packs = packs
    }

    var indicators: IndicatorService { packs.indicators }
    var authority: String { indicators.authority }

    /// The versions this audience may read, oldest first: every one for officers, the issued
    /// ones for the aggregate audience.
    public func versions(for disclosure: Disclosure) async throws -> [SelfEvaluationVersion] {
        try await store.selfEvaluations(authority: authority).filter { !disclosure.suppresses || $0.isIssued }
    }

    /// One version as this audience may read it: a draft is not there for the aggregate audience.
    public func version(_ number: Int?, for disclosure: Disclosure) async throws -> SelfEvaluationVersion {
        guard let number, let v = try await store.selfEvaluation(version: number, authority: authority),
              !disclosure.suppresses || v.isIssued else {
            throw ApplicationError.notFound("There is no such version of the self-evaluation"
                                            + (disclosure.suppresses ? " that has been issued." : "."))
        }
        return v
    }

    /// Saves the words as a new version.
    @discardableResult
    public func save(_ narrative: SelfEvaluationNarrative, by user: String, at: Date = Date()) async throws -> SelfEvaluationVersion {
        let v = try await store.addSelfEvaluation(narrative, by: user, at: at, authority: authority)
        try await audit(user, "save self-evaluation version \(v.version)")
        return v
    }

    /// The document of a version (or, with none, of the words given), built now for `disclosure`.
    public func document(_ version: SelfEvaluationVersion?, narrative: SelfEvaluationNarrative? = nil,
                         disclosure: Disclosure) async throws -> BoardPack {
        SelfEvaluationBuilder(inputs: try await inputs(narrative: version?.narrative ?? narrative ?? SelfEvaluationNarrative(),
                                                       versionLine: Self.line(version), disclosure: disclosure)).build()
    }

    /// What the builder reads, as the store and the shipped tables stand.
    public func inputs(narrative: SelfEvaluationNarrative, versionLine: String, disclosure: Disclosure) async throws -> SelfEvaluationInputs {
        let la = AuthorityDirectory.shipped[authority]
        return SelfEvaluationInputs(
            authorityCode: la?.code ?? authority, authorityName: await indicators.authorityName,
            summaries: try await indicators.summaries(for: disclosure), workforce: try await packs.workforce.analysis(),
            benchmarker: indicators.benchmarker,
            judgements: .shippedOrEmpty, status: try await packs.programme.status(),
            history: la.map { OfstedHistory.shippedOrEmpty.inspections(of: $0) } ?? [],
            narrative: narrative, versionLine: versionLine, disclosure: disclosure)
    }

    /// Freezes a version as it goes out: built for the aggregate audience (counts of 1 to 5 as
    /// "c"), its HTML with the style sheet inside, Word, `json` (the API's form, given by the
    /// caller, given the version as issued) and the PDF when Chromium is here.
    @discardableResult
    public func issue(_ number: Int, by user: String, json: (BoardPack, SelfEvaluationVersion) throws -> Data,
                      at: Date = Date()) async throws -> SelfEvaluationVersion {
        let held = try await version(number, for: .exact)
        guard !held.isIssued else { throw ApplicationError.conflict("Version \(number) has been issued already: save a new version to change it.") }
        let going = SelfEvaluationVersion(version: held.version, createdBy: held.createdBy, createdAt: held.createdAt,
                                          narrative: held.narrative, issuedBy: user, issuedAt: at)
        let pack = SelfEvaluationBuilder(inputs: try await inputs(narrative: held.narrative, versionLine: Self.line(going),
                                                                  disclosure: .aggregate)).build()
        var files: [String: Data] = [
            "html": try await packs.render(pack, as: .html), "docx": try await packs.render(pack, as: .docx),
            "json": try json(pack, going),
        ]
        if packs.printer != nil { files["pdf"] = try? await packs.render(pack, as: .pdf) }
        let issued = try await store.issueSelfEvaluation(version: number, files: files, by: user, at: at, authority: authority)
        try await audit(user, "issue self-evaluation version \(number)")
        return issued
    }

    /// A version's file for this audience: an issued version's as it went out; a draft's written
    /// now (officers only: `version(_:for:)` refuses it to the aggregate audience).
    public func file(_ number: Int?, format: BoardPackService.Format, disclosure: Disclosure,
                     stylesheet: BoardPackHTML.Stylesheet = .inline, back: (href: String, label: String)? = nil,
                     user: String) async throws -> Data {
        let v = try await version(number, for: disclosure)
        let data: Data
        if v.isIssued {
            guard let frozen = try await store.selfEvaluationFile(version: v.version, format: format.rawValue, authority: authority) else {
                throw ApplicationError.notFound("Version \(v.version) was issued without a \(format.rawValue.uppercased()) file "
                                                + "(this server could not print one): read the HTML or the Word file.")
            }
            data = frozen
        } else {
            data = try await packs.render(try await document(v, disclosure: disclosure), as: format, stylesheet: stylesheet, back: back)
        }
        try await audit(user, "read self-evaluation version \(v.version) (\(format.rawValue))")
        return data
    }

    /// The JSON of an issued version as it went out; nil for a draft.
    public func issuedJSON(_ version: SelfEvaluationVersion) async throws -> Data? {
        guard version.isIssued else { return nil }
        return try await store.selfEvaluationFile(version: version.version, format: "json", authority: authority)
    }

    /// "self-evaluation-v3.docx": what it is, with no child's data in it.
    public static func fileName(version: Int, format: BoardPackService.Format) -> String {
        "self-evaluation-v\(version).\(format.rawValue)"
    }

    /// "Version 3, saved by ana on 7 December 2026 (issued by …)" — the line the document carries.
    public static func line(_ v: SelfEvaluationVersion?) -> String {
        guard let v else { return "Not saved yet: the figures as they stand, with no words written" }
        let status = v.issuedAt.map { "issued by \(v.issuedBy ?? "") on \(day($0).long)" } ?? "draft, not issued"
        return "Version \(v.version), saved by \(v.createdBy) on \(day(v.createdAt).long): \(status)"
    }

    /// The day in England on which something happened.
    static func day(_ date: Date) -> Day {
        let london = TimeZone(identifier: "Europe/London") ?? .gmt
        return Day(ordinal: Int32(((date.timeIntervalSince1970 + Double(london.secondsFromGMT(for: date))) / 86_400).rounded(.down)))
    }

    func audit(_ user: String, _ what: String) async throws {
        try await store.recordAudit(AuditEntry(at: Date(), user: user, action: what, subject: "self-evaluation"))
    }
}
