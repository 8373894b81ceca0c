import Crypto
import Foundation
import HearthCore
import Hummingbird

/// What an edit form saw of the thing it edits, sent back with the form. Two people editing the
/// same minutes (or the same action) from pages opened at the same time would otherwise each save
/// over the other, and the first would never know: a save whose stamp no longer matches what is
/// stored is refused with 409 and nothing changes. Additions (a resolution, a progress note) need
/// no stamp: they are added to what is stored, never written over it.
enum EditStamp {
    /// The minutes and attendance of a meeting, as its minutes form edits them.
    static func minutes(_ m: Meeting) -> String {
        stamp([m.attendees.joined(separator: "\n"), m.apologies.joined(separator: "\n"), m.minutes])
    }

    /// The fields of an action its edit form writes.
    static func action(_ a: PlanAction) -> String {
        stamp([a.title, a.owner, a.ownerUser ?? "", a.start?.iso ?? "", a.due.iso, a.status.rawValue, a.completed?.iso ?? "",
               a.findingIDs.joined(separator: ","), a.indicatorIDs.joined(separator: ","),
               a.override.map { "\($0.rag.rawValue):\($0.reason)" } ?? ""])
    }

    /// Throws 409 when the form saw something other than what is stored now. A form without a
    /// stamp (the JSON API, a page from before stamps) is let through as before.
    static func check(_ seen: String?, _ current: String, what: String) throws {
        guard let seen, !seen.isEmpty, seen != current else { return }
        throw HTTPError(.conflict, message: "Someone else changed \(what) after you opened this page, so nothing was saved. "
                        + "Open it again to see their changes, then make yours.")
    }

    private static func stamp(_ fields: [String]) -> String {
        // A separator no form field can hold, so ["a", "bc"] and ["ab", "c"] stamp differently.
        let digest = SHA256.hash(data: Data(fields.joined(separator: "\u{1F}").utf8))
        return digest.prefix(12).map { String(format: "%02x", $0) }.joined()
    }
}
