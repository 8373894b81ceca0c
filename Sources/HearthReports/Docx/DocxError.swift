/// Why a document could not be written.
public enum DocxError: Error, Equatable, CustomStringConvertible {
    /// The archive could not be built or the file could not be saved; the text says why.
    case writeFailed(String)

    public var description: String {
        switch self {
        case .writeFailed(let reason): "The Word document could not be written: \(reason)"
        }
    }
}
