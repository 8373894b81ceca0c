/// A member of a board with the role they sit in: the chair, DfE's adviser, a councillor, a
/// partner (police, health, schools), an officer. Written "Name, role" on the board's form; a line
/// with no role Hearth knows is a plain member. A literal string is a plain member, so a list of
/// names still reads as members.
public struct BoardMember: Sendable, Hashable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
    public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
        case chair
        case viceChair = "vice-chair"
        case dfeAdviser = "DfE adviser"
        case councillor
        case officer
        case partner
        case independent
        case member

        /// Reads the words a council's membership list uses ("Cllr", "DfE improvement adviser", "Vice Chair").
        public init?(words: String) {
            let t = words.lowercased().trimmingCharacters(in: .whitespaces)
            if t.contains("vice") && t.contains("chair") { self = .viceChair }
            else if t.contains("chair") { self = .chair }
            else if t.contains("dfe") || t.contains("adviser") || t.contains("advisor") { self = .dfeAdviser }
            else if t.contains("councillor") || t.hasPrefix("cllr") || t.contains("elected member") || t.contains("lead member") { self = .councillor }
            else if t.contains("officer") || t.contains("director") || t == "dcs" || t.contains("head of") { self = .officer }
            else if t.contains("partner") || t.contains("police") || t.contains("health") || t.contains("icb") || t.contains("school") { self = .partner }
            else if t.contains("independent") { self = .independent }
            else if t == "member" { self = .member }
            else { return nil }
        }
    }

    public var name: String
    public var role: Role

    public init(name: String, role: Role = .member) {
        self.name = name
        self.role = role
    }

    public init(stringLiteral value: String) { self.init(name: value) }

    /// "Name, role" (the form's line) read back: the last comma's words name the role when they
    /// can; otherwise the whole line is the name.
    public init(line: String) {
        let text = line.trimmingCharacters(in: .whitespaces)
        if let comma = text.lastIndex(of: ","), let role = Role(words: String(text[text.index(after: comma)...])) {
            self.init(name: text[..<comma].trimmingCharacters(in: .whitespaces), role: role)
        } else {
            self.init(name: text)
        }
    }

    /// The form's line: "Name, role", or the name alone for a plain member.
    public var line: String { role == .member ? name : "\(name), \(role.rawValue)" }
    public var description: String { role == .member ? name : "\(name) (\(role.rawValue))" }
}
