import Crypto
import Foundation
import Hummingbird

/// An issued document's HTML (a board pack's, a self-evaluation's) served exactly as it went
/// out. It carries its style sheet inside, so it reads the same when saved or mailed on; the app's
/// Content-Security-Policy forbids inline style, so this response carries a policy of its own
/// that allows those style elements by their SHA-256 (CSP level 2 hash sources), and the app's
/// own style sheets (a draft links them), and nothing else: no script, no other request, no
/// framing. The bytes are never rewritten.
enum FrozenHTML {
    static func response(_ html: Data) -> Response {
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8"]
        headers[.contentSecurityPolicy] = policy(html)
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: html)))
    }

    /// The policy for one document: each `<style>` element's content allowed by its hash.
    static func policy(_ html: Data) -> String {
        let hashes = styleContents(String(decoding: html, as: UTF8.self)).map { "'sha256-\(Data(SHA256.hash(data: Data($0.utf8))).base64EncodedString())'" }
        return "default-src 'none'; style-src 'self'\(hashes.map { " " + $0 }.joined()); img-src 'self' data:; "
            + "form-action 'none'; frame-ancestors 'none'; base-uri 'none'"
    }

    /// The text between each `<style>` and its `</style>`, exactly (the hash is of those bytes).
    static func styleContents(_ text: String) -> [String] {
        var out: [String] = [], rest = text[...]
        while let open = rest.range(of: "<style>"), let close = rest.range(of: "</style>", range: open.upperBound..<rest.endIndex) {
            out.append(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return out
    }
}
