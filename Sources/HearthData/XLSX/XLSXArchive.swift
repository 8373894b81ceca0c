import Foundation
import ZIPFoundation

/// Opens zip archives for reading, always from a file.
///
/// ZIPFoundation's in-memory archive (`Archive(data:)`) traps when a damaged zip's directory
/// points past the end of the data (its memory stream seeks there and then slices out of
/// range), so one uploaded workbook could take the server down. Its file-backed archive reads
/// through stdio, where the same seek just reads nothing and becomes an error. Bytes held in
/// memory are therefore written to a temporary file, which is unlinked as soon as it is open:
/// nothing is left behind, whatever happens next.
enum XLSXArchive {
    static func open(url: URL) throws -> Archive {
        try Archive(url: url, accessMode: .read)
    }

    static func open(data: Data) throws -> Archive {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("hearth-xlsx-\(UUID().uuidString).zip")
        try data.write(to: url, options: .withoutOverwriting)
        defer { try? FileManager.default.removeItem(at: url) }
        return try Archive(url: url, accessMode: .read)
    }
}
