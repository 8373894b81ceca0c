extension XLSXReader {
    /// How many bytes a workbook may inflate to. A real Annex A sheet is a few MB of XML (a
    /// large authority's biggest list, some 20,000 rows, about 30 MB); the limits leave ample
    /// room above that while keeping one upload from taking the server's memory.
    public struct Limits: Sendable, Equatable {
        /// Largest inflated part. The part is held in memory while it is read, once.
        public var partBytes: Int
        /// Largest total over every part read from one workbook.
        public var totalBytes: Int

        public init(partBytes: Int = 256 << 20, totalBytes: Int = 512 << 20) {
            self.partBytes = partBytes
            self.totalBytes = totalBytes
        }
    }
}
