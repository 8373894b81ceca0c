/// What a user may see and do (DESIGN.md, security model).
public enum UserRole: String, Sendable, Codable, CaseIterable {
    case admin, analyst, manager, secretary, board, viewer
}
