extension String {
    /// "improvement notice" → "Improvement notice", for the start of a line.
    public var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
