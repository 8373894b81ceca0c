import Hummingbird

/// A form a page posts: decoded from the body, with the CSRF token every form carries.
protocol SubmittedForm: Decodable {
    var _csrf: String? { get }
}

extension GuardedRouter {
    /// A form's route: the body decoded (400 when it cannot be) and its CSRF token checked (403)
    /// before the handler sees the form, the same for every form of the app.
    func post<Form: SubmittedForm>(_ route: SiteRoute, _ access: Access, form: Form.Type,
                                   _ handler: @escaping @Sendable (Form, Request, AppContext) async throws -> Response) {
        post(route, access) { request, context in
            let form = try await FormBody.decode(Form.self, from: request)
            try CSRF.check(form._csrf, context)
            return try await handler(form, request, context)
        }
    }
}
