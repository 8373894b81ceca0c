import Foundation
import HearthApplication
import HearthCore
import HearthIndicators
import HearthReports
import HearthStore
import Hummingbird
import HummingbirdTesting
import Testing
@testable import HearthServer

/// One number per measure: every indicator's value, RAG and direction of travel are the same in
/// `hearth figures` (the command line's JSON), the API, the overview tile, the indicator page
/// and the board pack — for the exact audience and for board members — because they are one
/// computation (the frozen snapshots) written through one formatter.
@Suite(.serialized) struct OneNumberTests {
    /// The demo authority as `hearth demo` builds it: two reporting years, imported one after
    /// the other, so every indicator has a direction of travel to agree on.
    static func fixture() async throws -> ServerFixture {
        try await cache.value()
    }

    private static let cache = Once()

    private actor Once {
        var task: Task<ServerFixture, any Error>?
        func value() async throws -> ServerFixture {
            if let task { return try await task.value }
            let t = Task { try await ServerFixture.make(years: [2024, 2025]) }
            task = t
            return try await t.value
        }
    }

    static let catalogue = IndicatorCatalogue.standard

    @Test(arguments: [UserRole.analyst, .board])
    func everyFrontEndStatesTheSameFigureRAGAndDirection(role: UserRole) async throws {
        let f = try await Self.fixture()
        let figures = try await f.app.indicators.figures(suppress: role == .board)
        #expect(figures.count == Self.catalogue.measures.count)
        // The figures have a direction to agree on: two years computed for most of them.
        #expect(figures.filter { !$0.earlier.isEmpty }.count >= 20)
        // And the command line prints these very figures as JSON.
        let cli = try JSONSerialization.jsonObject(with: Data(Self.json(figures).utf8)) as? [[String: Any]]
        #expect(cli?.count == figures.count)

        try await f.withClient { client in
            let api = try await client.execute(uri: "/api/v1/indicators", method: .get, headers: f.headers(role))
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(buffer: api.body)) as? [[String: Any]])
            let overview = String(buffer: try await client.execute(uri: "/", method: .get, headers: f.headers(role)).body)
            // The draft, as its writers read it: a board member reads the same once it is issued
            // (PackLifecycleTests), and a pack is always suppressed, whoever reads it.
            let pack = String(buffer: try await client.execute(uri: Site.meetingPack(ServerFixture.meeting, format: "html"),
                                                               method: .get, headers: f.headers(.analyst)).body)
            var packTiles = 0
            for figure in figures {
                let id = figure.id.rawValue
                // The API: the same shown figure, RAG and direction code.
                let row = try #require(rows.first { $0["id"] as? String == id }, "\(id) not in the API")
                let latest = row["latest"] as? [String: Any]
                #expect((latest?["shown"] as? String ?? "–") == figure.value, "\(id): API \(latest?["shown"] ?? "none") vs \(figure.value)")
                #expect(row["direction"] as? String == figure.direction, "\(id): API direction")
                // Its raw value rounds to the shown one.
                if let v = latest?["value"] as? Double, let d = Self.catalogue.measure(figure.id)?.definition {
                    #expect(IndicatorFormat.value(v, d) == figure.value, "\(id): API value \(v)")
                }

                // The overview tile.
                let tile = try #require(Self.slice(overview, from: "id=\"tile-\(id)\"", to: "</li>"), "\(id): no tile")
                #expect(tile.contains("<p class=\"tile-value\">\(Self.html(figure.value)) "), "\(id): tile value")
                #expect(tile.contains(Self.html(figure.directionText)), "\(id): tile direction")

                // The indicator page.
                let page = String(buffer: try await client.execute(uri: Site.indicator(id), method: .get, headers: f.headers(role)).body)
                #expect(page.contains("<p class=\"headline-value\">\(Self.html(figure.value))</p>"), "\(id): page value")
                #expect(page.contains(Self.html(figure.directionText)), "\(id): page direction")

                // The board pack's tile (a pack always carries what a board may see).
                // (The tiles are in the appendices; the pack proper's scorecard gives the same figure.)
                if role == .board, let title = Self.catalogue.measure(figure.id)?.definition.title,
                   let packTile = Self.slice(pack, from: "<h3>\(Self.html(title))</h3>\n<p class=\"pack-value\">", to: "</div>") {
                    #expect(packTile.contains("<p class=\"pack-value\">\(Self.html(figure.value))"), "\(id): pack value")
                    #expect(packTile.contains(Self.html(figure.directionText.lowercased())), "\(id): pack direction")
                    #expect(pack.contains("<td>\(Self.html(title))</td><td class=\"num\"><strong>\(Self.html(figure.value))</strong></td>"),
                            "\(id): pack scorecard")
                    packTiles += 1
                }
            }
            // The pack's sections hold a tile for every catalogue indicator.
            if role == .board { #expect(packTiles >= 25, "\(packTiles) pack tiles checked") }
        }
    }

    @Test func whereDfEPublishesTheSameYearBothFiguresStandSideBySideLabelled() async throws {
        let f = try await Self.fixture()
        let figures = try await f.app.indicators.figures(suppress: false)
        let published = figures.filter { $0.published != nil }
        #expect(published.count >= 15)
        try await f.withClient { client in
            let overview = String(buffer: try await client.execute(uri: "/", method: .get, headers: f.headers(.analyst)).body)
            for figure in published {
                let tile = try #require(Self.slice(overview, from: "id=\"tile-\(figure.id)\"", to: "</li>"))
                #expect(tile.contains("Hearth, from your returns"))
                #expect(tile.contains(Self.html("DfE published \(figure.period ?? ""): \(figure.published ?? "")")), "\(figure.id)")
            }
        }
    }

    static func json(_ figures: [IndicatorFigure]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(figures), as: UTF8.self)
    }

    /// The text between `from` and the next `to` after it.
    static func slice(_ text: String, from: String, to: String) -> String? {
        guard let start = text.range(of: from), let end = text.range(of: to, range: start.upperBound..<text.endIndex) else { return nil }
        return String(text[start.lowerBound..<end.lowerBound])
    }

    /// As Mustache and the pack escape text.
    static func html(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
