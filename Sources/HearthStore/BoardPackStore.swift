import Foundation
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
    /// Replaces everything written for the meeting's pack (and clears its sign-off: the draft changed).
    func savePackText(_ text: MeetingPackText, authority: String) async throws
    /// Records that a manager signed off the meeting's draft pack (replacing an earlier sign-off).
    func signOffPack(_ signOff: PackSignOff, authority: String) async throws
    /// The draft's sign-off, if it has one since it last changed.
    func packSignOff(meeting: String, authority: String) async throws -> PackSignOff?
    /// Freezes the files as the meeting's next version on its sign-off, which it uses up.
    func issuePack(meeting: String, files: [String: Data], issuedBy: String, at: Date, reason: String, dataTo: String,
                   authority: String) async throws -> IssuedPack.Record
    /// The meeting's issued versions, oldest first, without their files.
    func issuedPacks(meeting: String, authority: String) async throws -> [IssuedPack.Record]
    /// One issued version with its files.
    func issuedPack(meeting: String, version: Int, authority: String) async throws -> IssuedPack?
}
