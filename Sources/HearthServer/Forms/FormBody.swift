import Foundation
import HearthCore
import Hummingbird

/// Reads an `application/x-www-form-urlencoded` body: into a Decodable form, and into the
/// fields as typed (kept so a form with a mistake can be shown again with every value in it).
enum FormBody {
    static func decode<T: Decodable>(_ type: T.Type, from request: Request, limit: Int = 64 * 1024) async throws -> T {
        try decode(T.self, text: try await text(of: request, limit: limit))
    }

    /// The body as text, read once.
    static func text(of request: Request, limit: Int = 64 * 1024) async throws -> String {
        String(buffer: try await request.body.collect(upTo: limit))
    }

    static func decode<T: Decodable>(_ type: T.Type, text: String) throws -> T {
        do {
            return try URLEncodedFormDecoder().decode(T.self, from: text)
        } catch {
            throw HTTPError(.badRequest, message: "The form could not be read. Go back and try again.")
        }
    }

    /// Every field as typed, the last value of a repeated name kept (a select of several keeps all
    /// in `all`).
    static func fields(_ text: String) -> [(name: String, value: String)] {
        text.split(separator: "&", omittingEmptySubsequences: true).compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decoded(parts[0]) else { return nil }
            return (name, parts.count > 1 ? decoded(parts[1]) ?? "" : "")
        }
    }

    private static func decoded(_ s: Substring) -> String? {
        s.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    /// The fields with each date typed in three boxes (`due-day`, `due-month`, `due-year`) made
    /// the one field a handler reads (`due`): yyyy-mm-dd when it is a real date, empty when all
    /// three are, and otherwise the boxes as typed (day/month/year), which `FormValues.day`
    /// refuses with the field's name.
    static func foldingDates(_ fields: [(name: String, value: String)]) -> [(name: String, value: String)] {
        let byName = Dictionary(fields.map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last })
        var out: [(name: String, value: String)] = []
        var folded: Set<String> = []
        for (name, value) in fields {
            guard name.hasSuffix("-day") || name.hasSuffix("-month") || name.hasSuffix("-year") else {
                out.append((name, value)); continue
            }
            let base = String(name[..<name.lastIndex(of: "-")!])
            guard let d = byName[base + "-day"], let m = byName[base + "-month"], let y = byName[base + "-year"] else {
                out.append((name, value)); continue
            }
            guard folded.insert(base).inserted else { continue }
            let parts = [d, m, y].map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.allSatisfy(\.isEmpty) {
                out.append((base, ""))
            } else if let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]), (1000...9999).contains(year),
                      let date = Day(year: year, month: month, day: day) {
                out.append((base, date.iso))
            } else {
                out.append((base, parts.joined(separator: "/")))
            }
        }
        return out
    }

    /// Fields written back as a form body.
    static func encoded(_ fields: [(name: String, value: String)]) -> String {
        fields.map { escape($0.name) + "=" + escape($0.value) }.joined(separator: "&")
    }

    private static func escape(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }
}
