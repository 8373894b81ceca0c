/// Why a workbook could not be read or written.
public enum XLSXError: Error, Equatable, CustomStringConvertible {
    /// Not a zip archive at all, or one too damaged to open (truncated download, wrong file).
    case notAZip(String)
    /// A zip, but without the parts every .xlsx has (a .docx, an .ods, a renamed archive).
    case missingPart(String)
    /// A part whose XML does not parse.
    case malformedXML(part: String, message: String)
    /// A part that will not decompress (damaged archive).
    case unreadablePart(part: String, message: String)
    /// A part that inflates to more than the reader accepts (protects against zip bombs).
    case partTooLarge(part: String, limit: Int)
    /// Parts that together inflate to more than the reader accepts.
    case workbookTooLarge(limit: Int)
    case noSuchSheet(String)
    case invalidSheetName(String)
    case writeFailed(String)

    public var description: String {
        switch self {
        case .notAZip(let why): "not an Excel workbook (.xlsx): the file is not a readable zip archive (\(why))"
        case .missingPart(let part): "not an Excel workbook (.xlsx): the part \(part) is missing"
        case .malformedXML(let part, let message): "the workbook part \(part) is damaged: \(message)"
        case .unreadablePart(let part, let message): "the workbook part \(part) could not be decompressed: \(message)"
        case .partTooLarge(let part, let limit):
            "the workbook part \(part) is too large: it inflates to more than \(Self.size(limit)), the most this reader accepts (a damaged file or a zip bomb)"
        case .workbookTooLarge(let limit):
            "the workbook is too large: its parts inflate to more than \(Self.size(limit)) in all, the most this reader accepts (a damaged file or a zip bomb)"
        case .noSuchSheet(let name): "the workbook has no sheet named \"\(name)\""
        case .invalidSheetName(let name): "\"\(name)\" cannot be a sheet name (1–31 characters, none of : \\ / ? * [ ], unique)"
        case .writeFailed(let why): "the workbook could not be written: \(why)"
        }
    }

    private static func size(_ bytes: Int) -> String {
        bytes >= 1_048_576 ? "\(bytes / 1_048_576) MB" : bytes >= 1024 ? "\(bytes / 1024) KB" : "\(bytes) bytes"
    }
}
