import HearthCore

/// The values a fixed-choice Annex A column accepts.
///
/// Ofsted's template writes choices with a letter prefix and a label (`a) Yes`,
/// `a) 1A: Individual`, `N1 - Abuse or neglect`); case-management exports often write only the
/// code (`1A`, `N1`) or only the label. All of these are accepted: a value matches when, after
/// dropping a leading `x) ` prefix, either the whole text or its code part (before `:` or ` - `)
/// is one of the set's spellings. Anything else is kept and reported as a warning.
public struct AnnexAValueSet: Sendable, Equatable {
    public let name: String
    /// Spellings as the template writes them, in template order (used when writing).
    public let values: [String]
    private let keys: Set<String>
    /// Spellings exactly as given: most cells match one, which skips normalising them.
    private let exact: Set<String>

    public init(_ name: String, _ values: [String], aliases: [String] = []) {
        self.name = name
        self.values = values
        var keys = Set<String>()
        for v in values + aliases { keys.formUnion(Self.keys(of: v)) }
        self.keys = keys
        exact = Set(values + aliases)
    }

    /// A set built from a DfE code list: its codes and labels are both accepted.
    public init(_ list: CodeList, name: String? = nil, extra: [String] = []) {
        self.init(name ?? list.name, list.codes + extra, aliases: list.entries.map(\.label))
    }

    public func contains(_ text: String) -> Bool {
        if exact.contains(text) { return true }
        return Self.keys(of: text).contains(where: keys.contains)
    }

    /// The comparable forms of a value: the whole (prefix dropped) and its code part.
    static func keys(of text: String) -> [String] {
        var s = AnnexAHeading.normalised(text)
        if let close = s.firstIndex(of: ")") {
            let prefix = s[s.startIndex..<close]
            if (1...3).contains(prefix.count), prefix.first?.isLetter == true,
               prefix.allSatisfy({ $0.isLetter || $0.isNumber }) {
                s = String(s[s.index(after: close)...]).trimmingSpaces
            }
        }
        var out = [s]
        if let colon = s.firstIndex(of: ":") {
            out.append(String(s[..<colon]).trimmingSpaces)
        }
        if let dash = s.range(of: " - ") {
            out.append(String(s[..<dash.lowerBound]).trimmingSpaces)
        }
        return out.filter { !$0.isEmpty }
    }
}

fileprivate extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
