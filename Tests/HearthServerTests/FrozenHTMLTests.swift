import Foundation
import Testing
@testable import HearthServer

/// The policy an issued document is served with: its style elements by their SHA-256, worked out
/// here with Python's hashlib (`base64(sha256(b"\nbody { color: #0b0c0c; }\n"))`), not by the
/// code under test.
@Suite struct FrozenHTMLTests {
    @Test func eachStyleElementIsAllowedByItsHashAndNothingElse() {
        let html = Data("<!doctype html><html><head><style>\nbody { color: #0b0c0c; }\n</style></head><body><p>Pack</p></body></html>".utf8)
        #expect(FrozenHTML.policy(html) == "default-src 'none'; style-src 'self' 'sha256-h2szqBcpgqI2PJQ9Cik0CfvJDwPs5J2+f/zL4eMHhJQ='; "
            + "img-src 'self' data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'")
        // The bytes go out as they are
        let response = FrozenHTML.response(html)
        #expect(response.headers[.contentType] == "text/html; charset=utf-8")
    }

    @Test func aDocumentWithoutStyleGetsNoHash() {
        #expect(FrozenHTML.styleContents("<p>no style</p><style>unclosed") == [])
        #expect(FrozenHTML.styleContents("<style>a</style><style>b</style>") == ["a", "b"])
    }
}
