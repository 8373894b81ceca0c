import HTTPTypes

/// Which address a request came from. The socket peer, unless the peer is one of the configured
/// reverse proxies and a configured header names the client: the header is anyone's to write, so
/// it counts only when it comes from a proxy the council runs.
struct ClientAddress: Sendable {
    let header: HTTPField.Name?
    let trustedProxies: Set<String>

    init(configuration: ServerConfiguration) {
        header = configuration.trustedProxies.isEmpty ? nil : configuration.trustedProxyHeader.flatMap { HTTPField.Name($0) }
        trustedProxies = configuration.trustedProxies
    }

    /// Longest address kept: IPv6 with a zone fits; anything longer is not an address.
    static let maxLength = 64

    func resolve(peer: String, headers: HTTPFields) -> String {
        guard let header, trustedProxies.contains(peer) else { return peer }
        // Each proxy appends the address it was connected from, so the right-most entry that is
        // not one of ours is the client; entries to its left are the client's own claims.
        let hops = headers[values: header].flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
        for hop in hops.reversed() where !trustedProxies.contains(hop) {
            return Self.plausible(hop) ? hop : peer
        }
        return peer
    }

    /// An IPv4 or IPv6 address's characters only: a forged header cannot put words in the audit log.
    static func plausible(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.count <= maxLength && s.allSatisfy { $0.isHexDigit || $0 == "." || $0 == ":" }
    }
}
