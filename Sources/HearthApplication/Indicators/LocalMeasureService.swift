import Foundation
import HearthCore
import HearthData
import HearthIndicators
import HearthStore

/// The register of local measures: made and changed by managers (and analysts), their values
/// entered by form, CSV upload or the API, every write audited. The indicator service is told
/// after each change, so every page, the pack and the API read the new figures.
public struct LocalMeasureService: Sendable {
    let store: any Store
    let indicators: IndicatorService
    let now: @Sendable () -> Date

    public init(store: any Store, indicators: IndicatorService, now: @escaping @Sendable () -> Date = Date.init) {
        self.store = store
        self.indicators = indicators
        self.now = now
    }

    /// What a manager fills in to make or change a measure.
    public struct Draft: Sendable {
        public var title: String, definition: String, unit: LocalMeasure.Unit, polarity: LocalMeasure.Polarity
        public var frequency: LocalMeasure.Frequency, area: LocalMeasure.Area, owner: String, source: String
        public var boardVisible: Bool, countsChildren: Bool

        public init(title: String, definition: String, unit: LocalMeasure.Unit, polarity: LocalMeasure.Polarity,
                    frequency: LocalMeasure.Frequency, area: LocalMeasure.Area, owner: String, source: String,
                    boardVisible: Bool, countsChildren: Bool) {
            self.title = title
            self.definition = definition
            self.unit = unit
            self.polarity = polarity
            self.frequency = frequency
            self.area = area
            self.owner = owner
            self.source = source
            self.boardVisible = boardVisible
            self.countsChildren = countsChildren
        }
    }

    /// What was wrong with a value or a measure, by field: the form shows each at its field, the
    /// API names them, the CLI prints them.
    public struct InvalidFields: Error, DomainError, Sendable {
        public let problems: [(field: String, message: String)]
        public var applicationError: ApplicationError? { .invalid(problems.map(\.message).joined(separator: "; ")) }
    }

    public func measures() async throws -> [LocalMeasure] { try await indicators.localMeasures().measures }

    /// The measure a page or an API call named; none is a 404.
    public func measure(_ id: String?) async throws -> LocalMeasure {
        guard let id, let m = try await indicators.localMeasures().measure(id) else {
            throw ApplicationError.notFound("There is no such local measure.")
        }
        return m
    }

    /// The measure named, if this reader may see it: one kept from boards is a 404 for board roles.
    public func measure(_ id: String?, for disclosure: Disclosure) async throws -> LocalMeasure {
        let m = try await measure(id)
        guard !disclosure.suppresses || m.boardVisible else { throw ApplicationError.notFound("There is no such local measure.") }
        return m
    }

    /// Makes a measure; its id comes from the title (`local_…`), numbered when taken.
    public func create(_ d: Draft, by user: String) async throws -> LocalMeasure {
        try await check(d)
        let taken = Set(try await measures().map(\.id))
        let base = LocalMeasure.id(forTitle: d.title)
        var id = base
        var n = 2
        while taken.contains(id) { id = "\(base)_\(n)"; n += 1 }
        let m = LocalMeasure(id: id, title: d.title, definition: d.definition, unit: d.unit, polarity: d.polarity,
                             frequency: d.frequency, area: d.area, owner: d.owner, source: d.source, boardVisible: d.boardVisible,
                             countsChildren: d.countsChildren, createdBy: user, createdAt: now())
        try await store.addLocalMeasure(m, authority: indicators.authority)
        try await audit(user, "create local measure", m.id)
        await indicators.localMeasuresChanged()
        return m
    }

    /// Changes a measure's details. Its frequency is fixed once it has values: they are of its periods.
    public func update(_ id: String, _ d: Draft, by user: String) async throws -> LocalMeasure {
        let held = try await measure(id)
        try await check(d)
        if d.frequency != held.frequency, !(try await indicators.localMeasures().values[id] ?? []).isEmpty {
            throw InvalidFields(problems: [("frequency", "The frequency cannot change once values are entered: they are \(held.frequency.rawValue)")])
        }
        var m = held
        m.title = d.title
        m.definition = d.definition
        m.unit = d.unit
        m.polarity = d.polarity
        m.frequency = d.frequency
        m.area = d.area
        m.owner = d.owner
        m.source = d.source
        m.boardVisible = d.boardVisible
        m.countsChildren = d.countsChildren
        try await store.updateLocalMeasure(m, authority: indicators.authority)
        try await audit(user, "change local measure", m.id)
        await indicators.localMeasuresChanged()
        return m
    }

    /// Adds one period's value (a correction when the period has one: the earlier stays in the history).
    public func addValue(_ id: String, period text: String, value: Double, numerator: Double?, denominator: Double?,
                         note: String, by user: String) async throws -> LocalMeasureValue {
        let m = try await measure(id)
        guard let period = m.frequency.period(parsing: text) else {
            throw InvalidFields(problems: [("period", "Enter a \(m.frequency.rawValue) period (\(LocalMeasureCSVReader.example(m.frequency)))")])
        }
        let problems = m.problems(value: value, numerator: numerator, denominator: denominator)
        guard problems.isEmpty else { throw InvalidFields(problems: problems) }
        let v = LocalMeasureValue(measureID: m.id, period: period, value: value, numerator: numerator, denominator: denominator,
                                  note: note, enteredBy: user, enteredAt: now())
        try await store.addLocalMeasureValues([v], authority: indicators.authority)
        try await audit(user, "enter local measure value", "\(m.id) \(period.label)")
        await indicators.localMeasuresChanged()
        return v
    }

    /// Reads an uploaded CSV of values and stores every row, or (when any row has an error) none:
    /// the problems, each with its line and column, are returned instead.
    public func upload(_ id: String, bytes: [UInt8], fileName: String, by user: String) async throws
        -> (stored: [LocalMeasureValue], problems: [DataProblem]) {
        let m = try await measure(id)
        let read = LocalMeasureCSVReader.read(bytes: bytes, fileName: fileName, measure: m, enteredBy: user, at: now())
        let errors = read.problems.filter { $0.severity == .error || $0.severity == .fatal }
        guard errors.isEmpty else { return ([], read.problems) }
        guard !read.rows.isEmpty else {
            return ([], [DataProblem(.fatal, file: fileName, message: "holds no values: fill in the value column of at least one period")])
        }
        try await store.addLocalMeasureValues(read.rows, authority: indicators.authority)
        try await audit(user, "upload local measure values", "\(m.id) (\(read.rows.count) values from \(fileName))")
        await indicators.localMeasuresChanged()
        return (read.rows, read.problems)
    }

    /// Every value entered, newest entry first: the history a page shows.
    public func history(_ id: String) async throws -> [LocalMeasureValue] {
        try await (indicators.localMeasures().values[id] ?? []).reversed()
    }

    private func check(_ d: Draft) async throws {
        var problems: [(String, String)] = []
        if d.title.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(("title", "Enter the measure's title")) }
        if d.definition.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(("definition", "Enter how the measure is defined")) }
        if try await store.user(named: d.owner) == nil { problems.append(("owner", "Choose the owner from the users of Hearth")) }
        if !problems.isEmpty { throw InvalidFields(problems: problems) }
    }

    private func audit(_ user: String, _ action: String, _ subject: String) async throws {
        try await store.recordAudit(AuditEntry(at: now(), user: user, action: action, subject: subject))
    }
}
