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

    func response(_ template: String, _ model: Any, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: render(template, model))))
    }
}

public enum ServerError: Error, CustomStringConvertible {
    case missingResource(String)
    case noAuthority

    public var description: String {
        switch self {
        case .missingResource(let r): "the server's \(r) are missing from the build"
        case .noAuthority: "no authority: import a set of returns first, or pass --la"
        }
    }
}
