import Foundation
import HearthReports
import Hummingbird
import HearthStore
import Prometheus

/// Health, metrics and the stylesheet: no sign-in, nothing about any child.
struct SystemController {
    let store: any Store
    let metrics: PrometheusCollectorRegistry?
    let stylesheet: ByteBuffer

    struct Health: Encodable {
        let status: String
        let schemaVersion: Int
        let database: String
    }

    func register(_ r: GuardedRouter) {
        r.get(Site.health, .anyone) { _, _ in
            let version = try await store.schemaVersion()
            let kind = switch store.location { case .postgres: "postgresql"; default: "sqlite" }
            return JSONResponse.make(Health(status: "ok", schemaVersion: version, database: kind))
        }
        r.get(Site.metrics, .anyone) { _, _ in
            var text: [UInt8] = []
            metrics?.emit(into: &text)
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(bytes: text)))
        }
        r.get(Site.stylesheet, .anyone) { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                     body: .init(byteBuffer: stylesheet))
        }
        r.get(Site.packStylesheet, .anyone) { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                     body: .init(byteBuffer: ByteBuffer(string: BoardPackStyle.css)))
        }
    }
}
