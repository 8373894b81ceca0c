import HearthCore

/// Where each board's pack settings and each meeting's pack texts are kept, per authority.
/// Each method is one transaction.
public protocol BoardPackStore: Sendable {
    /// The board's settings; nil until someone sets them (the pack then uses the defaults).
    func packSettings(board: String, authority: String) async throws -> PackSettings?
    /// Adds or replaces the board's settings.
    func savePackSettings(_ settings: PackSettings, authority: String) async throws
    /// What officers wrote for the meeting's pack; empty when nothing yet.
    func packText(meeting: String, authority: String) async throws -> MeetingPackText
    /// Replaces everything written for the meeting's pack.
    func savePackText(_ text: MeetingPackText, authority: String) async throws
}
