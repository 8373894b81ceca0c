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
    /// A part larger than the reader accepts (protects against zip bombs).
    case partTooLarge(part: String, bytes: UInt64)
    case noSuchSheet(String)
    case invalidSheetName(String)
    case writeFailed(String)

    public var description: String {
        switch self {
        case .notAZip(let why): "not an Excel workbook (.xlsx): the file is not a readable zip archive (\(why))"
        case .missingPart(let part): "not an Excel workbook (.xlsx): the part \(part) is missing"
        case .malformedXML(let part, let message): "the workbook part \(part) is damaged: \(message)"
        case .unreadablePart(let part, let message): "the workbook part \(part) could not be decompressed: \(message)"
        case .partTooLarge(let part, let bytes): "the workbook part \(part) is \(bytes / 1_048_576) MB uncompressed, more than this reader accepts"
        case .noSuchSheet(let name): "the workbook has no sheet named \"\(name)\""
        case .invalidSheetName(let name): "\"\(name)\" cannot be a sheet name (1–31 characters, none of : \\ / ? * [ ], unique)"
        case .writeFailed(let why): "the workbook could not be written: \(why)"
        }
    }
}
