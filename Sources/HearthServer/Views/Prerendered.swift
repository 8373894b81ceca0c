/// A page whose body was rendered (and cached) beforehand: the layout wraps it, unescaped.
struct Prerendered {
    let page: PageChrome
    /// HTML that Hearth rendered itself from escaped templates.
    let html: String
}
