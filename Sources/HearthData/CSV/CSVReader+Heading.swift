extension CSVReader {
    /// The first record that is not blank: the heading row, as exports often carry blank rows
    /// above it. Nil when the file holds nothing else.
    mutating func firstNonBlankRecord() throws(CSVError) -> CSVRecord? {
        while let r = try next() {
            if !r.isBlank { return r }
        }
        return nil
    }
}
