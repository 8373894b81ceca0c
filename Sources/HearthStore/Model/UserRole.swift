/// What a user may see and do (DESIGN.md, security model).
public enum UserRole: String, Sendable, Codable, CaseIterable {
    /// `contributor`: an officer who owns actions (a head of service) and reports their progress;
    /// reads as a viewer does, never a child's record.
    case admin, analyst, manager, secretary, board, viewer, contributor
}
