import Foundation

/// Where the store lives: an SQLite file (the default), SQLite in memory (tests), or PostgreSQL.
public enum StoreLocation: Sendable, Equatable, CustomStringConvertible {
    case sqliteFile(path: String)
    case sqliteMemory
    /// A `postgres://` URL, kept whole for the driver.
    case postgres(url: String)

    /// The file Hearth uses when nothing else is said.
    public static let defaultPath = "./hearth.sqlite"

    /// Reads `text`: `postgres://` / `postgresql://` URLs, `sqlite::memory:` / `:memory:`,
    /// `sqlite://PATH` / `file:PATH`, or a plain path to an SQLite file.
    public init(parsing text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw StoreError.badLocation("empty database location") }
        if trimmed.hasPrefix("postgres://") || trimmed.hasPrefix("postgresql://") {
            self = .postgres(url: trimmed)
        } else if trimmed == ":memory:" || trimmed == "sqlite::memory:" {
            self = .sqliteMemory
        } else if let rest = Self.strip(trimmed, prefixes: ["sqlite://", "sqlite:", "file://", "file:"]) {
            guard !rest.isEmpty else { throw StoreError.badLocation("no file in \(trimmed)") }
            self = .sqliteFile(path: rest)
        } else if trimmed.contains("://") {
            throw StoreError.badLocation("\(trimmed): use a postgres:// URL or a path to an SQLite file")
        } else {
            self = .sqliteFile(path: trimmed)
        }
    }

    /// The flag if given, else the configured location (`HEARTH_DATABASE_URL`), else `./hearth.sqlite`.
    public static func resolve(flag: String?, configured: String?) throws -> StoreLocation {
        try StoreLocation(parsing: flag ?? configured ?? defaultPath)
    }

    public var dialect: StoreDialect {
        if case .postgres = self { return .postgres }
        return .sqlite
    }

    /// For people: the kind and place, with any password hidden.
    public var description: String {
        switch self {
        case .sqliteFile(let path): "SQLite file \(path)"
        case .sqliteMemory: "SQLite in memory"
        case .postgres(let url): "PostgreSQL \(Self.redacted(url))"
        }
    }

    private static func strip(_ text: String, prefixes: [String]) -> String? {
        for p in prefixes where text.hasPrefix(p) { return String(text.dropFirst(p.count)) }
        return nil
    }

    private static func redacted(_ url: String) -> String {
        guard var parts = URLComponents(string: url) else { return "(unparsable URL)" }
        if parts.password != nil { parts.password = "***" }
        return parts.string ?? "(unparsable URL)"
    }
}
