import Foundation
import HearthApplication
import Hummingbird
import Logging

/// Turns errors into a page (or JSON for the API) that says what happened, without internals.
/// Controllers and services throw what went wrong in the domain's words (`ApplicationError`,
/// `StoreError.notFound`, the pack's `PackError`: any `DomainError`); the status is chosen here
/// and nowhere else.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let views: Views

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let invalid as FormInvalid {
            // A form the route could not show again (an API body, an upload): 422, naming the fields.
            if request.uri.path.hasPrefix("/api/") {
                var response = JSONResponse.make(object: [
                    "error": invalid.message,
                    "fields": invalid.problems.map { ["field": $0.field ?? "", "message": $0.message] },
                ], status: .unprocessableContent)
                SecurityHeadersMiddleware.apply(to: &response.headers, path: request.uri.path)
                return response
            }
            return respond(request, context, status: .unprocessableContent, message: invalid.message)
        } catch let error as HTTPError {
            return respond(request, context, status: error.status, message: error.body ?? error.status.reasonPhrase)
        } catch {
            if let failure = (error as? any DomainError)?.applicationError {
                var response = respond(request, context, status: Self.status(failure.kind), message: failure.message)
                if let seconds = failure.retryAfter { response.headers[.retryAfter] = String(seconds) }
                return response
            }
            // Store and engine errors say nothing of a child, but keep them in the log only.
            context.logger.error("request failed", metadata: ["route": "\(AccessLogMiddleware.redacted(route: context.endpointPath, path: request.uri.path))", "error": "\(error)"])
            return respond(request, context, status: .internalServerError,
                           message: "Something went wrong on our side. The error has been logged; try again, and tell your administrator if it persists.")
        }
    }

    private func respond(_ request: Request, _ context: AppContext, status: HTTPResponse.Status, message: String) -> Response {
        var response: Response
        if request.uri.path.hasPrefix("/api/") {
            response = JSONResponse.make(["error": message], status: status)
        } else {
            let model = ErrorPage(page: PageChrome(title: status.reasonPhrase, context: context, section: nil),
                                  status: Int(status.code), heading: Self.heading(status), message: message,
                                  signedIn: context.user != nil)
            response = views.response("error", model, status: status)
        }
        SecurityHeadersMiddleware.apply(to: &response.headers, path: request.uri.path)
        return response
    }

    /// The one place a domain failure becomes an HTTP status.
    static func status(_ kind: ApplicationError.Kind) -> HTTPResponse.Status {
        switch kind {
        case .notFound: .notFound
        case .conflict: .conflict
        case .invalid: .unprocessableContent
        case .busy: .serviceUnavailable
        }
    }

    static func heading(_ status: HTTPResponse.Status) -> String {
        switch status.code {
        case 401: "Sign in to continue"
        case 403: "You do not have access to this page"
        case 404: "Page not found"
        case 413: "The upload is too large"
        case 429: "Too many attempts"
        default: status.code >= 500 ? "Sorry, there is a problem with the service" : "There is a problem"
        }
    }
}

struct ErrorPage {
    let page: PageChrome
    let status: Int
    let heading: String
    let message: String
    let signedIn: Bool
}
