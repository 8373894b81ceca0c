extension Migration {
    /// A board's whole life: its terms of reference, each member's role, the day it ceased and
    /// the board that succeeded it; and the meeting and resolution that approved a plan version.
    /// Existing members are plain members, existing boards active, existing approvals unrecorded.
    static let boardLife = Migration(version: 15, name: "board life and plan approval", statements: [
        "ALTER TABLE boards ADD COLUMN terms_of_reference {text}",
        "ALTER TABLE boards ADD COLUMN ended {text}",
        "ALTER TABLE boards ADD COLUMN succeeded_by {text}",
        "ALTER TABLE board_members ADD COLUMN role {text}",
        "ALTER TABLE plan_versions ADD COLUMN approval_meeting {text}",
        "ALTER TABLE plan_versions ADD COLUMN approval_resolution {text}",
    ])
}
