import Foundation

/// How officers' free text is split for the pack, the same for every format.
enum PackText {
    /// Paragraphs separated by blank lines, each trimmed; line ends normalised to "\n".
    static func paragraphs(_ text: String) -> [String] {
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var out: [String] = []
        var current: [Substring] = []
        for line in normalised.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { out.append(current.joined(separator: "\n")) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { out.append(current.joined(separator: "\n")) }
        return out.map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
