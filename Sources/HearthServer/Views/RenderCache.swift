/// Page bodies rendered once per version of the figures (and per audience), kept until the
/// figures change: the overview is the busiest page and the same for every user of a role class.
actor RenderCache {
    private var entries: [String: (generation: Int, html: String)] = [:]

    func html(key: String, generation: Int, render: @Sendable () async throws -> String) async rethrows -> String {
        if let e = entries[key], e.generation == generation { return e.html }
        let html = try await render()
        entries[key] = (generation, html)
        return html
    }
}
