import Foundation
import HearthReports
import Hummingbird
import HearthStore
import Prometheus

/// Health, metrics and the stylesheet: nothing about any child. Health and the stylesheet are
/// open to anyone; metrics only to operators (`OperatorAccess`).
struct SystemController {
    let store: any Store
    let metrics: PrometheusCollectorRegistry?
    let stylesheet: ByteBuffer
    let probe: HealthProbe
    let operators: OperatorAccess

    struct Health: Encodable {
        let status: String
        let schemaVersion: Int
        let database: String
        /// False when the store answers reads but refuses writes (full disk, read-only file).
        let writable: Bool
    }

    func register(_ r: GuardedRouter) {
        r.get(Site.health, .anyone) { _, context in
            let version = try await store.schemaVersion()
            let kind = switch store.location { case .postgres: "postgresql"; default: "sqlite" }
            if let error = await probe.writeError() {
                context.logger.error("health: the store refuses writes", metadata: ["error": "\(error)"])
                return JSONResponse.make(Health(status: "unhealthy", schemaVersion: version, database: kind, writable: false),
                                         status: .serviceUnavailable)
            }
            return JSONResponse.make(Health(status: "ok", schemaVersion: version, database: kind, writable: true))
        }
        r.get(Site.metrics, OperatorAccess.roles, admit: operators.admits) { _, _ in
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
