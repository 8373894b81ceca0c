import Foundation

#if !HEARTH_LIBFUZZER
/// `hearth-fuzz`: the seeded mutation harness. Built with `-D HEARTH_LIBFUZZER` (see
/// `scripts/fuzz.sh --libfuzzer`) this entry point is left out and libFuzzer's own drives the
/// same targets through `LibFuzzerEntry.swift`.
@main
struct FuzzMain {
    static func main() {
        let options: FuzzOptions
        do {
            options = try FuzzOptions.parse(Array(CommandLine.arguments.dropFirst()))
        } catch let error as FuzzUsageError {
            if let message = error.message { say("hearth-fuzz: \(message)") }
            say(FuzzOptions.usage)
            exit(error.message == nil ? 0 : 64)
        } catch {
            exit(64)
        }
        CrashGuard.install(timeoutSeconds: options.timeoutSeconds)
        if !options.replay.isEmpty {
            replay(options)
            return
        }
        if options.corpusRoot() == nil {
            say("hearth-fuzz: Tests/HearthDataTests not found from here; seeds will be empty (use --corpus)")
        }
        say("hearth-fuzz: seed \(options.seed), " + (options.runs.map { "\($0) inputs" } ?? "\(options.seconds ?? 0) s")
              + " per target, timeout \(options.timeoutSeconds) s, findings in \(options.findings.path)")
        var total = 0
        for target in options.targets {
            let result = FuzzCampaign(target: target, options: options).run()
            total += result.inputs
            say(result.line)
        }
        say("hearth-fuzz: \(total) inputs, no crash, no hang")
    }

    /// Runs each file once through every chosen target, saying what each made of it.
    static func replay(_ options: FuzzOptions) {
        for url in options.replay {
            guard let data = FileManager.default.contents(atPath: url.path) else {
                say("\(url.path): cannot be read")
                continue
            }
            for target in options.targets {
                CrashGuard.prepare(target: target.name, seed: options.seed, folder: options.findings)
                CrashGuard.willRun([UInt8](data))
                let outcome = target.run([UInt8](data))
                let ms = Double(CrashGuard.didRun()) / 1e6
                say("\(url.lastPathComponent) \(target.name): \(outcome) in \(String(format: "%.1f", ms)) ms")
            }
        }
    }
}

/// Writes a line straight to standard output, unbuffered: when an input crashes the process,
/// the lines already said must not be lost in a buffer.
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
#endif
