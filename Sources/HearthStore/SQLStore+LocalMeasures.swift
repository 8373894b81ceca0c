import Foundation
import HearthCore
import SQLKit

extension SQLStore {
    public func localMeasures(authority: String) async throws -> [LocalMeasure] {
        try await read { db in
            try await db.raw("SELECT * FROM local_measures WHERE authority = \(bind: authority)").all()
                .map(Self.measure).sorted { ($0.title.lowercased(), $0.id) < ($1.title.lowercased(), $1.id) }
        }
    }

    public func addLocalMeasure(_ m: LocalMeasure, authority: String) async throws {
        try await transaction { db in
            let taken = try await db.raw("""
                SELECT COUNT(*) AS n FROM local_measures WHERE authority = \(bind: authority) AND id = \(bind: m.id)
                """).first(decodingColumn: "n", as: Int.self) ?? 0
            guard taken == 0 else { throw StoreError.duplicate("a local measure with the id \(m.id)") }
            try await db.raw("""
                INSERT INTO local_measures (authority, id, title, definition, unit, polarity, frequency, area, owner, source,
                  board_visible, counts_children, created_by, created_at)
                VALUES (\(bind: authority), \(bind: m.id), \(bind: m.title), \(bind: m.definition), \(bind: m.unit.rawValue),
                  \(bind: m.polarity.rawValue), \(bind: m.frequency.rawValue), \(bind: m.area.rawValue), \(bind: m.owner),
                  \(bind: m.source), \(bind: m.boardVisible ? 1 : 0), \(bind: m.countsChildren ? 1 : 0), \(bind: m.createdBy),
                  \(bind: SQLValue.time(m.createdAt)))
                """).run()
        }
    }

    public func updateLocalMeasure(_ m: LocalMeasure, authority: String) async throws {
        try await transaction { db in
            let held = try await db.raw("""
                SELECT COUNT(*) AS n FROM local_measures WHERE authority = \(bind: authority) AND id = \(bind: m.id)
                """).first(decodingColumn: "n", as: Int.self) ?? 0
            guard held == 1 else { throw StoreError.notFound("the local measure \(m.id)") }
            try await db.raw("""
                UPDATE local_measures SET title = \(bind: m.title), definition = \(bind: m.definition), unit = \(bind: m.unit.rawValue),
                  polarity = \(bind: m.polarity.rawValue), frequency = \(bind: m.frequency.rawValue), area = \(bind: m.area.rawValue),
                  owner = \(bind: m.owner), source = \(bind: m.source), board_visible = \(bind: m.boardVisible ? 1 : 0),
                  counts_children = \(bind: m.countsChildren ? 1 : 0)
                WHERE authority = \(bind: authority) AND id = \(bind: m.id)
                """).run()
        }
    }

    public func localMeasureValues(measure: String, authority: String) async throws -> [LocalMeasureValue] {
        try await read { db in
            try await db.raw("""
                SELECT * FROM local_measure_values WHERE authority = \(bind: authority) AND measure_id = \(bind: measure) ORDER BY id
                """).all().map(Self.value)
        }
    }

    public func localMeasureValues(authority: String) async throws -> [LocalMeasureValue] {
        try await read { db in
            try await db.raw("SELECT * FROM local_measure_values WHERE authority = \(bind: authority) ORDER BY id").all().map(Self.value)
        }
    }

    public func addLocalMeasureValues(_ values: [LocalMeasureValue], authority: String) async throws {
        guard !values.isEmpty else { return }
        try await transaction { db in
            for v in values {
                try await db.raw("""
                    INSERT INTO local_measure_values (authority, measure_id, period_start, period_end, period_label, value,
                      numerator, denominator, note, entered_by, entered_at)
                    VALUES (\(bind: authority), \(bind: v.measureID), \(bind: v.period.start.iso), \(bind: v.period.end.iso),
                      \(bind: v.period.label), \(bind: v.value), \(bind: v.numerator), \(bind: v.denominator), \(bind: v.note),
                      \(bind: v.enteredBy), \(bind: SQLValue.time(v.enteredAt)))
                    """).run()
            }
        }
    }

    public func targetSettings(authority: String) async throws -> [TargetSetting] {
        try await read { db in
            try await db.raw("SELECT * FROM target_settings WHERE authority = \(bind: authority) ORDER BY id").all().map(Self.setting)
        }
    }

    public func addTargetSetting(_ s: TargetSetting, authority: String) async throws {
        try await transaction { db in
            try await db.raw("""
                INSERT INTO target_settings (authority, indicator_id, target, tolerance, from_day, reason, set_by, set_at)
                VALUES (\(bind: authority), \(bind: s.indicatorID), \(bind: s.target), \(bind: s.tolerance), \(bind: s.from.iso),
                  \(bind: s.reason), \(bind: s.setBy), \(bind: SQLValue.time(s.setAt)))
                """).run()
        }
    }

    private static func measure(_ row: any SQLRow) throws -> LocalMeasure {
        func text(_ c: String) throws -> String { try row.decode(column: c, as: String.self) }
        func choice<T: RawRepresentable<String>>(_ c: String, _: T.Type) throws -> T {
            guard let v = T(rawValue: try text(c)) else { throw StoreError.corrupt("local_measures.\(c) \"\(try text(c))\"") }
            return v
        }
        return LocalMeasure(
            id: try text("id"), title: try text("title"), definition: try text("definition"),
            unit: try choice("unit", LocalMeasure.Unit.self), polarity: try choice("polarity", LocalMeasure.Polarity.self),
            frequency: try choice("frequency", LocalMeasure.Frequency.self), area: try choice("area", LocalMeasure.Area.self),
            owner: try text("owner"), source: try text("source"),
            boardVisible: try row.decode(column: "board_visible", as: Int.self) != 0,
            countsChildren: try row.decode(column: "counts_children", as: Int.self) != 0,
            createdBy: try text("created_by"), createdAt: SQLValue.time(try text("created_at")) ?? Date(timeIntervalSince1970: 0))
    }

    private static func value(_ row: any SQLRow) throws -> LocalMeasureValue {
        func text(_ c: String) throws -> String { try row.decode(column: c, as: String.self) }
        let period = ReportingPeriod(start: try SQLValue.day(try text("period_start"), of: "local_measure_values.period_start"),
                                     end: try SQLValue.day(try text("period_end"), of: "local_measure_values.period_end"),
                                     label: try text("period_label"))
        return LocalMeasureValue(
            measureID: try text("measure_id"), period: period, value: try row.decode(column: "value", as: Double.self),
            numerator: try row.decode(column: "numerator", as: Double?.self),
            denominator: try row.decode(column: "denominator", as: Double?.self),
            note: try text("note"), enteredBy: try text("entered_by"),
            enteredAt: SQLValue.time(try text("entered_at")) ?? Date(timeIntervalSince1970: 0))
    }

    private static func setting(_ row: any SQLRow) throws -> TargetSetting {
        func text(_ c: String) throws -> String { try row.decode(column: c, as: String.self) }
        return TargetSetting(
            indicatorID: try text("indicator_id"), target: try row.decode(column: "target", as: Double.self),
            tolerance: try row.decode(column: "tolerance", as: Double.self),
            from: try SQLValue.day(try text("from_day"), of: "target_settings.from_day"), reason: try text("reason"),
            setBy: try text("set_by"), setAt: SQLValue.time(try text("set_at")) ?? Date(timeIntervalSince1970: 0))
    }
}
