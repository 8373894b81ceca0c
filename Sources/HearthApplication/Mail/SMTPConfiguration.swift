import Foundation

/// Where mail goes: `HEARTH_SMTP_URL`, `smtp://host[:port][?from=address]`. Hearth hands its
/// mail to a relay on the council's network (or a local Postfix) that needs no password and
/// carries it on with TLS; it keeps no mail password itself.
public struct SMTPConfiguration: Sendable, Equatable {
    public let host: String
    public let port: Int
    /// The sender, `hearth@` the relay's host unless `from=` says otherwise.
    public let from: String

    public init(host: String, port: Int = 25, from: String) {
        self.host = host
        self.port = port
        self.from = from
    }

    /// Reads the URL, or says what is wrong with it.
    public init(url text: String) throws {
        guard let url = URLComponents(string: text), url.scheme?.lowercased() == "smtp", let host = url.host, !host.isEmpty else {
            throw ApplicationError.invalid("HEARTH_SMTP_URL must look like smtp://relay.council.local:25?from=hearth@council.gov.uk")
        }
        guard url.user == nil, url.password == nil else {
            throw ApplicationError.invalid("HEARTH_SMTP_URL: Hearth sends through a relay that needs no password; "
                + "give smtp://host:port and let the relay authenticate onwards")
        }
        let port = url.port ?? 25
        guard (1...65_535).contains(port) else { throw ApplicationError.invalid("HEARTH_SMTP_URL: the port must be 1 to 65535") }
        let from = url.queryItems?.first(where: { $0.name == "from" })?.value ?? "hearth@\(host)"
        guard Self.isAddress(from) else { throw ApplicationError.invalid("HEARTH_SMTP_URL: from=\(from) is not an e-mail address") }
        self.init(host: host, port: port, from: from)
    }

    /// One plain address, `local@domain`: no name, no angle brackets, no spaces or line breaks (a
    /// line break in an address would let it write its own headers).
    public static func isAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              text.count <= 254 else { return false }
        return text.unicodeScalars.allSatisfy { $0.value > 32 && $0.value < 127 && !"<>()[],;:\\\"".unicodeScalars.contains($0) }
    }
}
