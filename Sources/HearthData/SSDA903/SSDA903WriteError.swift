/// Why an SSDA903 table could not be written.
public enum SSDA903WriteError: Error, Equatable, CustomStringConvertible {
    case cannotWrite(file: String, reason: String)

    /// A sentence for the user, naming the file.
    public var description: String {
        switch self {
        case .cannotWrite(let file, let reason): "could not write \(file): \(reason)"
        }
    }
}
