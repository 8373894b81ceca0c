import Foundation

/// The command line of `hearth-fuzz`. Parsed by hand: the fuzzer depends on HearthCore and
/// HearthData alone, so that it builds quickly and links nothing the readers do not.
struct FuzzOptions {
    var targets: [FuzzTarget] = FuzzTargets.all
    var seconds: Double?
    var runs: Int?
    var seed: UInt64 = 1
    var timeoutSeconds: Double = 10
    var maxLength = 64 * 1024
    var corpus: URL?
    var findings = URL(fileURLWithPath: ".build/fuzz-findings")
    /// Files to run once each, unmutated, instead of fuzzing: how a saved crash is reproduced.
    var replay: [URL] = []

    static let usage = """
        usage: hearth-fuzz [--target NAME|all] [--seconds S | --runs N] [--seed N] [--timeout S]
                           [--max-len BYTES] [--corpus DIR] [--findings DIR] [--replay FILE...] [--list]

        Mutates seed returns and runs every reader on the mutants, counting inputs, refusals
        (expected), crashes and hangs. --seconds and --runs are per target (default: --runs 1000).
        A crash or a hang writes the input to --findings and exits non-zero.
        Seeds: <corpus>/Corpus/... and <corpus>/FuzzSeeds/<target>/, corpus = Tests/HearthDataTests.
        """

    static func parse(_ arguments: [String]) throws -> FuzzOptions {
        var o = FuzzOptions()
        var i = 0
        func value() throws -> String {
            i += 1
            guard i < arguments.count else { throw FuzzUsageError("\(arguments[i - 1]) needs a value") }
            return arguments[i]
        }
        while i < arguments.count {
            let a = arguments[i]
            switch a {
            case "--target":
                let name = try value()
                if name != "all" {
                    o.targets = try name.split(separator: ",").map { n in
                        guard let t = FuzzTargets.named(String(n)) else {
                            throw FuzzUsageError("no target \(n); targets: \(FuzzTargets.all.map(\.name).joined(separator: ", "))")
                        }
                        return t
                    }
                }
            case "--seconds": o.seconds = try number(try value(), a)
            case "--runs": o.runs = Int(try number(try value(), a))
            case "--seed": o.seed = UInt64(try number(try value(), a))
            case "--timeout": o.timeoutSeconds = try number(try value(), a)
            case "--max-len": o.maxLength = Int(try number(try value(), a))
            case "--corpus": o.corpus = URL(fileURLWithPath: try value())
            case "--findings": o.findings = URL(fileURLWithPath: try value())
            case "--replay":
                while i + 1 < arguments.count, !arguments[i + 1].hasPrefix("--") {
                    i += 1
                    o.replay.append(URL(fileURLWithPath: arguments[i]))
                }
            case "--help", "-h": throw FuzzUsageError(nil)
            default: throw FuzzUsageError("unknown argument \(a)")
            }
            i += 1
        }
        if o.seconds == nil, o.runs == nil { o.runs = 1000 }
        return o
    }

    private static func number(_ text: String, _ flag: String) throws -> Double {
        guard let n = Double(text), n >= 0, n.isFinite else { throw FuzzUsageError("\(flag) needs a number, not \(text)") }
        return n
    }

    /// `Tests/HearthDataTests` found from the working directory upwards, so the fuzzer runs
    /// from the package root or any folder below it.
    func corpusRoot() -> URL? {
        if let corpus { return corpus }
        var dir = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        for _ in 0..<8 {
            let candidate = dir.appendingPathComponent("Tests/HearthDataTests")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            dir.deleteLastPathComponent()
        }
        return nil
    }
}

/// A command line the fuzzer cannot run; nil message for --help.
struct FuzzUsageError: Error {
    let message: String?
    init(_ message: String?) { self.message = message }
}
