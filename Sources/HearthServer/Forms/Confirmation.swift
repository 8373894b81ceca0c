import Hummingbird

/// The page that asks before a change that cannot be undone (removing a user, marking an action
/// arising done): what will happen, a button that says it, and a way back. The form it posts is
/// the one that led here, with `confirm=yes` added, so the handler's own checks run again.
struct Confirmation {
    struct Field {
        let name: String
        let value: String
    }

    struct Page {
        let page: PageChrome
        let heading: String
        let text: String
        let action: String
        let fields: [Field]
        let button: String
        let cancelHref: String
    }

    /// Whether the form came from this page's button.
    static func isConfirmed(_ value: String?) -> Bool { value == "yes" }

    static func page(_ views: Views, _ context: AppContext, heading: String, text: String, button: String,
                     action: String, fields: [(String, String)], cancel: String) -> Response {
        views.response("confirm", Page(
            page: PageChrome(title: heading, context: context, section: nil), heading: heading, text: text, action: action,
            fields: fields.map { Field(name: $0.0, value: $0.1) }, button: button, cancelHref: cancel))
    }
}
