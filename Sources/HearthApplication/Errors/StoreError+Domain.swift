import HearthStore

/// What is missing or already there is the user's to act on; a database that cannot be opened
/// or holds something unexpected is not.
extension StoreError: DomainError {
    public var applicationError: ApplicationError? {
        switch self {
        case .notFound: .notFound(description)
        case .duplicate: .conflict(description)
        case .badLocation, .unreadableFile, .corrupt: nil
        }
    }
}
