import Hummingbird

/// The text of a response Hearth made itself (a page rendered in memory), read back so a refused
/// form's page can be shown again with the user's values in it.
enum ResponseText {
    static func of(_ response: Response) async throws -> String {
        let box = Collected()
        try await response.body.write(Collector(box: box))
        return String(buffer: box.buffer)
    }

    private final class Collected {
        var buffer = ByteBuffer()
    }

    private struct Collector: ResponseBodyWriter {
        let box: Collected

        mutating func write(_ buffer: ByteBuffer) async throws {
            var buffer = buffer
            box.buffer.writeBuffer(&buffer)
        }

        consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }
}
