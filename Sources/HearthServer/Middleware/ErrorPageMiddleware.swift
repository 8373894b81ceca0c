import Foundation
import Hummingbird
import Logging

/// Turns errors into a page (or JSON for the API) that says what happened, without internals.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let views: Views

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError {
            return respond(request, context, status: error.status, message: error.body ?? error.status.reasonPhrase)
        } catch {
            // Store and engine errors say nothing of a child, but keep them in the log only.
            context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
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
