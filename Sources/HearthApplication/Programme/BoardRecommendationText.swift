import HearthCore

/// A recommendation's addressee and where it stands, in the words every page, the pack and the
/// tracker use.
public enum BoardRecommendationText {
    /// The board's name, or the officer's title.
    public static func addressee(_ r: BoardRecommendation, _ boardNames: [String: String]) -> String {
        r.toBoard.map { boardNames[$0] ?? $0 } ?? r.toOfficer ?? "–"
    }

    /// "Awaiting response", "Accepted 12 May 2026: the reason; done 1 July 2026", "Rejected …: the reason".
    public static func response(_ r: BoardRecommendation) -> String {
        guard let response = r.response else { return "Awaiting response" + (r.due.map { ", due \($0.long)" } ?? "") }
        var text = response.rawValue.capitalizedFirst + (r.respondedOn.map { " \($0.long)" } ?? "")
        if let reason = r.reason, !reason.isEmpty { text += ": \(reason)" }
        if response != .rejected { text += r.done.map { "; done \($0.long)" } ?? "; not yet done" }
        return text
    }
}
