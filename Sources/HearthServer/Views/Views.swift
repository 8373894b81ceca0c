import Foundation
import Hummingbird
import Mustache

/// The Mustache templates, loaded once from the module's resources. Mustache escapes every
/// `{{value}}`; only chart SVG that Hearth drew itself is inserted raw (`{{{svg}}}`).
public struct Views: Sendable {
    let library: MustacheLibrary

    public static func load() async throws -> Views {
        guard let dir = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            throw ServerError.missingResource("Templates")
        }
        return Views(library: try await MustacheLibrary(directory: dir.path))
    }

    func render(_ template: String, _ model: Any) -> String {
        guard let html = library.render(model, withTemplate: template) else {
            return "<!doctype html><title>Hearth</title><p>Page template \(template) is missing.</p>"
        }
        return html
    }

    /// A page around a body rendered beforehand: the layout is rendered around a marker and the
    /// body written in its place, so a large cached body is copied once, never walked by Mustache.
    func page(_ chrome: PageChrome, body: String, status: HTTPResponse.Status = .ok) -> Response {
        let marker = "\u{1}hearth-body\u{1}"
        let layout = render("prerendered", Prerendered(page: chrome, html: marker))
        var buffer = ByteBuffer()
        if let range = layout.range(of: marker) {
            buffer.reserveCapacity(layout.utf8.count + body.utf8.count)
            buffer.writeSubstring(layout[..<range.lowerBound])
            buffer.writeString(body)
            buffer.writeSubstring(layout[range.upperBound...])
        } else {
            buffer.writeString(layout)
        }
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: buffer))
    }

    func response(_ template: String, _ model: Any, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: render(template, model))))
    }
}

public enum ServerError: Error, CustomStringConvertible {
    case missingResource(String)

    public var description: String {
        switch self {
        case .missingResource(let r): "the server's \(r) are missing from the build"
        }
    }
}
