/// A board or meeting that is not there: the user's to correct.
extension BoardPackService.PackError: DomainError {
    public var applicationError: ApplicationError? { .notFound(description) }
}
