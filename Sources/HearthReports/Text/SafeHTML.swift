import Foundation
import HearthCore

/// Minutes and commentary as people write them — plain text, or the little HTML a word
/// processor pastes — turned into HTML that is safe to put in a page or a board pack. Only a
/// short list of formatting tags survives, without attributes; every other tag is dropped, every
/// character of text is escaped, and tags are balanced so a stray `<ul>` cannot break the page.
public enum SafeHTML {
    static let allowed: Set<String> = ["p", "br", "ul", "ol", "li", "strong", "em", "b", "i", "u", "h3", "h4"]

    public static func render(_ input: String) -> String {
        let hasMarkup = tokens(input).contains { if case .tag(let name, _) = $0 { allowed.contains(name) } else { false } }
        return hasMarkup ? sanitise(input) : paragraphs(input)
    }

    /// Text with no markup: blank lines part paragraphs, line breaks are kept, and a run of lines
    /// that start with "- " or "* " is a list, with or without a blank line before it.
    static func paragraphs(_ text: String) -> String {
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var out = ""
        for block in normalised.components(separatedBy: "\n\n") {
            let lines = block.split(separator: "\n", omittingEmptySubsequences: true).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            var run: [String] = []
            var runIsList = false
            func flush() {
                guard !run.isEmpty else { return }
                out += runIsList
                    ? "<ul>" + run.map { "<li>" + MarkupText.escape($0.dropFirst(2)) + "</li>" }.joined() + "</ul>"
                    : "<p>" + run.map { MarkupText.escape($0) }.joined(separator: "<br>") + "</p>"
                run = []
            }
            for line in lines {
                let isItem = line.hasPrefix("- ") || line.hasPrefix("* ")
                if isItem != runIsList { flush() }
                runIsList = isItem
                run.append(line)
            }
            flush()
        }
        return out
    }

    static func sanitise(_ input: String) -> String {
        var out = ""
        var open: [String] = []
        for token in tokens(input) {
            switch token {
            case .text(let t):
                // Lines typed between the pasted blocks keep the plain-text rules (paragraphs, "- "
                // lists); inside a pasted block, or inline between its tags, text is only escaped.
                out += open.isEmpty && t.contains("\n") ? paragraphs(t) : MarkupText.escape(t)
            case .tag(let name, let closing):
                guard allowed.contains(name) else { continue }
                if name == "br" { out += "<br>"; continue }
                if !closing {
                    open.append(name)
                    out += "<\(name)>"
                } else if let i = open.lastIndex(of: name) {
                    // Close whatever was left open inside it first.
                    for inner in open[i...].reversed() { out += "</\(inner)>" }
                    open.removeSubrange(i...)
                }
            }
        }
        for name in open.reversed() { out += "</\(name)>" }
        return out
    }

    enum Token: Equatable {
        case text(String)
        case tag(name: String, closing: Bool)
    }

    /// Splits at tags. A `<` that does not start a tag (no `>` later, or not followed by a
    /// letter or `/`) is text, so "caseloads < 20" survives.
    static func tokens(_ input: String) -> [Token] {
        var out: [Token] = []
        var text = ""
        var i = input.startIndex
        while i < input.endIndex {
            let c = input[i]
            let next = input.index(after: i)
            if c == "<", next < input.endIndex, input[next].isLetter || input[next] == "/" || input[next] == "!",
               let close = input[next...].firstIndex(of: ">") {
                if !text.isEmpty { out.append(.text(text)); text = "" }
                var body = input[next..<close]
                let closing = body.hasPrefix("/")
                if closing { body = body.dropFirst() }
                let name = body.prefix { $0.isLetter || $0.isNumber }.lowercased()
                out.append(.tag(name: name, closing: closing))
                i = input.index(after: close)
                continue
            }
            text.append(c)
            i = next
        }
        if !text.isEmpty { out.append(.text(text)) }
        return out
    }
}
