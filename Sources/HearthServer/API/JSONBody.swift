import Foundation
import Hummingbird

/// A JSON request body read into what an operation takes: one way for every API write, with the
/// one answer (400) for a body that is not that JSON.
enum JSONBody {
    static func decode<T: Decodable>(_: T.Type, _ request: Request, limit: Int = 256 * 1024) async throws -> T {
        let buffer = try await request.body.collect(upTo: limit)
        guard let body = try? JSONDecoder().decode(T.self, from: Data(buffer: buffer)) else {
            throw HTTPError(.badRequest, message: "the body is not the JSON this operation takes (see /api/openapi.json)")
        }
        return body
    }
}
