import Foundation
import HearthStore
import Testing
@testable import HearthServer

/// Links written into the page templates by hand (`href="/programme/plan"`) must lead to a route
/// the router has: Swift code links through `Site`, and this holds the templates to the same table.
@Suite struct TemplateLinksTests {
    @Test func everyLinkAndFormInATemplateLeadsToARoute() async throws {
        let store = try await StoreFactory.open(.sqliteMemory)
        try await ServerFixture.closing(store) {
            let (_, _, table) = try await ServerFixture.makeApp(store)
            let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Sources/HearthServer/Templates")
            let files = try FileManager.default.contentsOfDirectory(at: templates, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "mustache" }
            #expect(files.count > 20)
            var links: [(file: String, method: String, path: String)] = []
            for file in files {
                let text = try String(contentsOf: file, encoding: .utf8)
                for (attribute, method) in [("href", "GET"), ("src", "GET"), ("action", "POST")] {
                    for value in Self.values(of: attribute, in: text) where value.hasPrefix("/") && !value.contains("{{") {
                        let path = String(value.prefix { $0 != "?" && $0 != "#" })
                        // A form's method is POST unless it says GET (the audit filter does).
                        let formMethod = method == "POST" && text.contains("method=\"get\" action=\"\(value)\"") ? "GET" : method
                        links.append((file.lastPathComponent, formMethod, path))
                    }
                }
            }
            #expect(links.count > 30)
            for link in links {
                let matched = table.entries.contains { $0.method == link.method && Self.matches(pattern: $0.path, path: link.path) }
                #expect(matched, "\(link.file): \(link.method) \(link.path) is no route")
            }
        }
    }

    static func values(of attribute: String, in text: String) -> [String] {
        text.components(separatedBy: "\(attribute)=\"").dropFirst().compactMap { $0.split(separator: "\"", maxSplits: 1).first.map(String.init) }
    }

    static func matches(pattern: String, path: String) -> Bool {
        let p = pattern.split(separator: "/"), s = path.split(separator: "/")
        return p.count == s.count && zip(p, s).allSatisfy { $0.hasPrefix(":") || $0 == $1 }
    }
}
