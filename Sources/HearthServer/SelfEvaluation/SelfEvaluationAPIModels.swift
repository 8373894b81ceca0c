import Foundation
import HearthApplication
import HearthCore
import HearthReports
import HearthStore

/// The self-evaluation as JSON (`/api/v1/sef`): versions with who saved and issued them, the
/// officers' words, and the document as the HTML and Word show it (`BoardPackAPIModel`).
enum SelfEvaluationAPIModels {
    struct Answers: Codable {
        let whatWeKnow: String?
        let howWeKnow: String?
        let plans: String?
    }

    /// The words of a version: `POST /api/v1/sef`'s body and part of every answer. Areas are
    /// keyed by `ILACSArea`'s code (impact-of-leaders, help-and-protection, children-in-care, care-leavers).
    struct Narrative: Codable {
        let summary: String?
        let areas: [String: Answers]?
    }

    struct Version: Encodable {
        let version: Int
        let createdBy: String
        let createdAt: Date
        let issued: Bool
        let issuedBy: String?
        let issuedAt: Date?
        let href: String
        let docxHref: String
        let pdfHref: String
    }

    /// One version: the record, the words and the document.
    struct Detail: Encodable {
        let version: Version
        let narrative: Narrative
        let document: BoardPackAPIModel
    }

    static func version(_ v: SelfEvaluationVersion) -> Version {
        Version(version: v.version, createdBy: v.createdBy, createdAt: v.createdAt, issued: v.isIssued, issuedBy: v.issuedBy,
                issuedAt: v.issuedAt, href: Site.API.sefVersion(v.version), docxHref: Site.sefFile("docx")(v.version),
                pdfHref: Site.sefFile("pdf")(v.version))
    }

    static func narrative(_ n: SelfEvaluationNarrative) -> Narrative {
        Narrative(summary: n.summary, areas: Dictionary(uniqueKeysWithValues: ILACSArea.allCases.map { a in
            (a.rawValue, Answers(whatWeKnow: n[a].whatWeKnow, howWeKnow: n[a].howWeKnow, plans: n[a].plans))
        }))
    }

    static func detail(_ v: SelfEvaluationVersion, _ pack: BoardPack) -> Detail {
        Detail(version: version(v), narrative: narrative(v.narrative), document: BoardPackAPIModel(pack))
    }

    /// What an issued version keeps as its JSON: the detail as it went out.
    static func json(_ pack: BoardPack, _ v: SelfEvaluationVersion) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(detail(v, pack))
    }
}
