import Hummingbird

/// Reads an `application/x-www-form-urlencoded` body into a Decodable form.
enum FormBody {
    static func decode<T: Decodable>(_ type: T.Type, from request: Request, limit: Int = 64 * 1024) async throws -> T {
        let buffer = try await request.body.collect(upTo: limit)
        do {
            return try URLEncodedFormDecoder().decode(T.self, from: String(buffer: buffer))
        } catch {
            throw HTTPError(.badRequest, message: "The form could not be read. Go back and try again.")
        }
    }
}
