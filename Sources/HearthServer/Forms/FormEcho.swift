import Foundation
import HearthCore

/// A page shown again after its form was refused, as GOV.UK's pattern has it: an error summary
/// at the top of the page linking to each field, the message at the field, and every value the
/// user typed back in its field, so nothing is lost.
///
/// It works on the page as rendered (the form whose `action` is the address posted to), so every
/// form of the app follows the pattern without each page model carrying its own copy of the
/// submitted values. The markup it reads is Hearth's own templates': double-quoted attributes,
/// one `form-group` div around each field.
struct FormEcho {
    /// The path the form was posted to.
    let action: String
    /// The fields as typed, in order.
    let values: [(name: String, value: String)]
    let problems: [FormInvalid.Problem]

    /// Fields never typed back: the CSRF token is the page's own, a password is never echoed.
    static let neverEchoed: Set<String> = ["_csrf"]

    func apply(to html: String) -> String {
        let page = NSMutableString(string: html)
        var links: [(href: String, message: String)] = []
        if let form = formRange(in: page as String) {
            let (rewritten, fieldLinks) = rewrite(form: page.substring(with: form))
            page.replaceCharacters(in: form, with: rewritten)
            links = fieldLinks
        } else {
            links = problems.map { ("#main", $0.message) }
        }
        insertSummary(links, into: page)
        _ = page.replaceOccurrences(of: "<title>", with: "<title>Error: ", options: [], range: NSRange(location: 0, length: min(page.length, 2_000)))
        return page as String
    }

    // MARK: the form

    /// The first form posting to `action`, from `<form` to `</form>`.
    private func formRange(in html: String) -> NSRange? {
        let ns = html as NSString
        let want = Self.normalised(action)
        for match in Self.formTag.matches(in: html, range: NSRange(location: 0, length: ns.length)) {
            let tag = ns.substring(with: match.range)
            guard let target = Self.attribute("action", in: tag), Self.normalised(Self.unescaped(target)) == want else { continue }
            let end = ns.range(of: "</form>", options: [], range: NSRange(location: match.range.location, length: ns.length - match.range.location))
            guard end.location != NSNotFound else { return nil }
            return NSRange(location: match.range.location, length: end.location + end.length - match.range.location)
        }
        return nil
    }

    /// The form with the typed values in its fields and each field's message beside it; the links
    /// the summary makes to them (a problem without a field of its own links to the first field).
    private func rewrite(form: String) -> (String, [(href: String, message: String)]) {
        let out = NSMutableString(string: form)
        var typed: [String: [String]] = [:]
        for (name, value) in values where !Self.neverEchoed.contains(name) { typed[name, default: []].append(value) }
        var byField = Dictionary(grouping: problems.filter { $0.field != nil }, by: { $0.field! })
        // A date's message goes to its day box (the first of its three).
        for field in Array(byField.keys) { byField[field + "-day"] = byField[field] }
        var anchors: [String: String] = [:]
        var firstAnchor: String?
        let matches = Self.fieldTag.matches(in: form, range: NSRange(location: 0, length: (form as NSString).length))
        // From the end, so each replacement leaves the ranges before it where they were.
        for match in matches.reversed() {
            let element = out.substring(with: match.range)
            guard let name = Self.attribute("name", in: element), !Self.neverEchoed.contains(name) else { continue }
            let type = Self.attribute("type", in: element) ?? ""
            if type == "submit" || type == "button" { continue }
            var id = Self.attribute("id", in: element)
            var replaced = element
            if let given = typed[name], type != "password" {
                replaced = Self.fill(element, type: type, with: given)
            }
            if id == nil, byField[name] != nil {
                id = "field-" + name.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
                replaced = Self.insertAttributes(" id=\"\(id!)\"", into: replaced)
            }
            if let id { firstAnchor = "#" + id }
            if let problem = byField[name]?.first, anchors[name] == nil, let id {
                anchors[name] = "#" + id
                replaced = Self.insertAttributes(" aria-describedby=\"\(id)-error\" aria-invalid=\"true\"", into: replaced)
                replaced = "<p class=\"error-message\" id=\"\(id)-error\"><span class=\"visually-hidden\">Error:</span> "
                    + MarkupText.escape(problem.message) + "</p>" + replaced
                out.replaceCharacters(in: match.range, with: replaced)
                Self.markGroup(before: match.range.location, in: out)
            } else {
                out.replaceCharacters(in: match.range, with: replaced)
            }
        }
        let links = problems.map { p in (p.field.flatMap { anchors[$0] ?? anchors[$0 + "-day"] } ?? firstAnchor ?? "#main", p.message) }
        return (out as String, links)
    }

    /// The element with the typed value: a text box's `value`, a text area's text, the chosen
    /// options of a select, the ticked boxes and radios.
    private static func fill(_ element: String, type: String, with given: [String]) -> String {
        if element.hasPrefix("<textarea") {
            guard let close = element.range(of: ">") else { return element }
            return String(element[..<close.upperBound]) + MarkupText.escape(given.last ?? "") + "</textarea>"
        }
        if element.hasPrefix("<select") {
            let ns = NSMutableString(string: element.replacingOccurrences(of: " selected", with: ""))
            for match in optionTag.matches(in: ns as String, range: NSRange(location: 0, length: ns.length)).reversed() {
                let option = ns.substring(with: match.range)
                if let v = attribute("value", in: option).map(unescaped), given.contains(v) {
                    ns.replaceCharacters(in: match.range, with: String(option.dropLast()) + " selected>")
                }
            }
            return ns as String
        }
        if type == "checkbox" || type == "radio" {
            let plain = element.replacingOccurrences(of: " checked", with: "")
            let value = attribute("value", in: element).map(unescaped) ?? "on"
            return given.contains(value) ? insertAttributes(" checked", into: plain) : plain
        }
        let escaped = MarkupText.escape(given.last ?? "")
        if let range = element.range(of: #"\svalue="[^"]*""#, options: .regularExpression) {
            return element.replacingCharacters(in: range, with: " value=\"\(escaped)\"")
        }
        return insertAttributes(" value=\"\(escaped)\"", into: element)
    }

    /// `attributes` added at the end of the element's opening tag.
    private static func insertAttributes(_ attributes: String, into element: String) -> String {
        guard let close = element.range(of: ">") else { return element }
        let end = element[..<close.lowerBound].hasSuffix("/") ? element.index(before: close.lowerBound) : close.lowerBound
        return String(element[..<end]) + attributes + String(element[end...])
    }

    /// The field's `form-group` drawn as in error (the nearest one opened before it and not closed).
    private static func markGroup(before location: Int, in form: NSMutableString) {
        let before = form.range(of: "<div class=\"form-group\"", options: .backwards, range: NSRange(location: 0, length: location))
        guard before.location != NSNotFound else { return }
        let between = form.substring(with: NSRange(location: before.location, length: location - before.location))
        guard !between.contains("</div>") else { return }
        form.replaceCharacters(in: before, with: "<div class=\"form-group form-group-error\"")
    }

    // MARK: the summary

    private func insertSummary(_ links: [(href: String, message: String)], into page: NSMutableString) {
        let items = links.map { "<li><a href=\"\($0.href)\">\(MarkupText.escape($0.message))</a></li>" }.joined()
        let summary = "<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\" aria-labelledby=\"error-summary-title\">"
            + "<h2 class=\"error-summary-title\" id=\"error-summary-title\">There is a problem</h2><ul>\(items)</ul></div>\n"
        let main = page.range(of: "<main id=\"main\" class=\"main\">")
        if main.location != NSNotFound {
            page.insert(summary, at: main.location + main.length)
        }
    }

    // MARK: markup reading

    private static let formTag = try! NSRegularExpression(pattern: "<form\\b[^>]*>")
    private static let fieldTag = try! NSRegularExpression(
        pattern: "<textarea\\b[^>]*>.*?</textarea>|<select\\b[^>]*>.*?</select>|<input\\b[^>]*>",
        options: [.dotMatchesLineSeparators])
    private static let optionTag = try! NSRegularExpression(pattern: "<option\\b[^>]*>")

    /// An attribute of the element's opening tag.
    static func attribute(_ name: String, in element: String) -> String? {
        let open = element.prefix { $0 != ">" }
        guard let range = open.range(of: "\\s\(name)=\"[^\"]*\"", options: .regularExpression) else { return nil }
        let text = open[range]
        guard let quote = text.firstIndex(of: "\"") else { return nil }
        return String(text[text.index(after: quote)..<text.index(before: text.endIndex)])
    }

    /// An attribute's text as the browser reads it (the templates escape `&`, quotes and angles).
    static func unescaped(_ s: String) -> String {
        s.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// A path compared without its percent-encoding, the way the router matched it.
    private static func normalised(_ path: String) -> String {
        (path.removingPercentEncoding ?? path).split(separator: "?").first.map(String.init) ?? path
    }
}
