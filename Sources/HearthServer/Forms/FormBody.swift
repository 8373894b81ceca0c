import Foundation
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
}
