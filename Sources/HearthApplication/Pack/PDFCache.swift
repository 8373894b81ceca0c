import Crypto
import Foundation

/// The last few PDFs printed, keyed by the HTML they were printed from. Printing takes Chromium
/// a few seconds, and a whole board downloads the same pack: an unchanged pack is printed once,
/// and those who ask while it is being printed wait for that print rather than start their own.
public actor PDFCache {
    private var entries: [(key: String, pdf: Data)] = []
    private var printing: [String: Task<Data, any Error>] = [:]
    private let capacity: Int

    public init(capacity: Int = 8) {
        self.capacity = capacity
    }

    public func pdf(for html: String, print: @escaping @Sendable (String) async throws -> Data) async throws -> Data {
        let key = SHA256.hash(data: Data(html.utf8)).map { String(format: "%02x", $0) }.joined()
        if let hit = entries.first(where: { $0.key == key }) { return hit.pdf }
        if let running = printing[key] { return try await running.value }
        let task = Task { try await print(html) }
        printing[key] = task
        defer { printing[key] = nil }
        let pdf = try await task.value
        entries.append((key, pdf))
        if entries.count > capacity { entries.removeFirst() }
        return pdf
    }
}
