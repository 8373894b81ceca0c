/// What is wrong with a submitted form, field by field, in words a user can act on ("Enter the
/// reason"). A page's form answers it by showing itself again with an error summary, the message
/// at each field and every value kept (`GuardedRouter.post(_:_:form:_:)`); the API answers 422
/// with a problem naming the fields.
struct FormInvalid: Error, Equatable {
    struct Problem: Equatable, Sendable {
        /// The field's name in the form (its `name` attribute, the JSON key); nil for the form as a whole.
        let field: String?
        let message: String
    }

    let problems: [Problem]

    init(_ message: String, field: String? = nil) {
        problems = [Problem(field: field, message: message)]
    }

    init(problems: [Problem]) {
        self.problems = problems
    }

    var message: String { problems.map(\.message).joined(separator: " ") }
}
