import HearthApplication

/// The choices of an owner field (an action's, an action arising's): "no Hearth user" first, then
/// every user who may own one, with their role.
enum OwnerChoices {
    static func make(_ programme: ProgrammeService, selected: String?) async throws -> [Choice] {
        let users = try await programme.possibleOwners()
        return [Choice(value: "", label: "none: the written owner only", selected: selected == nil)]
            + users.map { Choice(value: $0.name, label: "\($0.name) (\($0.role.rawValue))", selected: $0.name == selected) }
    }
}
