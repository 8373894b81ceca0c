import HearthApplication
import Hummingbird

/// A form a page posts: decoded from the body, with the CSRF token every form carries.
protocol SubmittedForm: Decodable, SendableMetatype {
    var _csrf: String? { get }
}

/// A form whose fields are named at run time (a commentary box per indicator): its fields by name.
extension Dictionary: SubmittedForm where Key == String, Value == String {
    var _csrf: String? { self["_csrf"] }
}

extension GuardedRouter {
    /// A form's route: the body decoded and its CSRF token checked (403) before the handler sees
    /// the form, the same for every form of the app. A form that cannot be read or that the
    /// handler refuses (`FormInvalid`, an invalid or conflicting request in the application's
    /// words, a 400 it throws) is never a dead end: its page is shown again, 422 (409 for a
    /// conflict), with an error summary, the message at each field and every value as the user
    /// typed it (`FormEcho`). A form accepted with a redirect leaves `done` for the next page.
    ///
    /// The form's page is the GET of the same address or the nearest above it, unless `page` says.
    func post<Form: SubmittedForm>(_ route: SiteRoute, _ access: Access, form: Form.Type, limit: Int = 64 * 1024,
                                   done: String = "Your changes have been saved.", page: SiteRoute? = nil,
                                   _ handler: @escaping @Sendable (Form, Request, AppContext) async throws -> Response) {
        let pages = self.pages, cookies = self.cookies
        post(route, access) { request, context in
            let body = try await FormBody.text(of: request, limit: limit)
            let values = FormBody.fields(body)
            let form: Form
            do {
                // Dates typed in three boxes become the one field the form reads.
                let dated = values.contains { $0.name.hasSuffix("-day") } ? FormBody.encoded(FormBody.foldingDates(values)) : body
                form = try FormBody.decode(Form.self, text: dated)
            } catch {
                return try await Self.refused(FormInvalid("The form could not be read: check each field and send it again."),
                                              .unprocessableContent, page ?? route, values, pages, request, context)
            }
            try CSRF.check(form._csrf, context)
            return try await Self.showingForm(page ?? route, done: done, values: values, pages, cookies, request, context) {
                try await handler(form, request, context)
            }
        }
    }

    /// A route posted from a page's form whose body the handler reads itself (a file upload):
    /// refused, it shows its page again with the error summary (the typed values are not known
    /// here; a file input is never refilled by a browser anyway).
    func post(_ route: SiteRoute, _ access: Access, showingForm done: String, page: SiteRoute? = nil, _ handler: @escaping Handler) {
        let pages = self.pages, cookies = self.cookies
        post(route, access) { request, context in
            try await Self.showingForm(page ?? route, done: done, values: [], pages, cookies, request, context) {
                try await handler(request, context)
            }
        }
    }

    private static func showingForm(_ route: SiteRoute, done: String, values: [(name: String, value: String)],
                                    _ pages: PageTable, _ cookies: CookieSettings, _ request: Request, _ context: AppContext,
                                    _ handle: () async throws -> Response) async throws -> Response {
        let refusal: FormInvalid
        var status = HTTPResponse.Status.unprocessableContent
        do {
            var response = try await handle()
            if (300..<400).contains(response.status.code) { response.setCookie(cookies.flashCookie(done)) }
            return response
        } catch let invalid as FormInvalid {
            refusal = invalid
        } catch let error as HTTPError where [.badRequest, .unprocessableContent, .conflict].contains(error.status) {
            refusal = FormInvalid(error.body ?? "Check the form and try again.")
            if error.status == .conflict { status = .conflict }
        } catch let error as ApplicationError where error.kind == .invalid || error.kind == .conflict {
            refusal = FormInvalid(error.message)
            if error.kind == .conflict { status = .conflict }
        }
        return try await refused(refusal, status, route, values, pages, request, context)
    }

    /// The form's page again, with what was wrong and what was typed.
    private static func refused(_ refusal: FormInvalid, _ status: HTTPResponse.Status, _ route: SiteRoute,
                                _ values: [(name: String, value: String)], _ pages: PageTable,
                                _ request: Request, _ context: AppContext) async throws -> Response {
        guard let page = pages.page(for: route.pattern) else { throw HTTPError(status, message: refusal.message) }
        let html = try await ResponseText.of(try await page(request, context))
        let echo = FormEcho(action: request.uri.path, values: values, problems: refusal.problems)
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(string: echo.apply(to: html))))
    }
}
