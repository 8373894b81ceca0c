/// One reader the fuzzer drives: how to run it on bytes, where its seeds are, and how its
/// inputs are best damaged. The same value serves the seeded harness and libFuzzer, so both
/// exercise exactly the same code.
struct FuzzTarget: Sendable {
    /// What the reader made of an input. Refusing a damaged file is the expected outcome for
    /// most mutants; only a crash or a hang is a finding.
    enum Outcome: Sendable {
        case read
        case refused
    }

    enum Shape: Sendable {
        /// CSV or XML text: mutated as bytes.
        case text
        /// An .xlsx workbook: its XML parts are mutated and zipped again, or the zip's bytes.
        case workbook
    }

    let name: String
    /// Folders under `Tests/HearthDataTests` whose files (with one of `extensions`) are seeds,
    /// besides `FuzzSeeds/<name>`.
    let corpusFolders: [String]
    let extensions: Set<String>
    let shape: Shape
    /// Tokens that mean something to this reader (tags, column names), added to the dictionary.
    let tokens: [String]
    let run: @Sendable ([UInt8]) -> Outcome
}
