#if HEARTH_LIBFUZZER
import Foundation

/// libFuzzer's entry points, compiled only into the coverage-guided build
/// (`scripts/fuzz.sh --libfuzzer TARGET`). The target is chosen by `HEARTH_FUZZ_TARGET`,
/// because libFuzzer owns the command line.
enum LibFuzzerTarget {
    static let target: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["HEARTH_FUZZ_TARGET"] ?? ""
        guard let t = FuzzTargets.named(name) else {
            fatalError("set HEARTH_FUZZ_TARGET to one of: \(FuzzTargets.all.map(\.name).joined(separator: ", "))")
        }
        return t
    }()
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = LibFuzzerTarget.target.run(bytes)
    return 0
}

// libFuzzer's driver, from the runtime that -sanitize=fuzzer links (LLVM 12 and later).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// The program's entry point in this build. SwiftPM links an executable target with `main`
/// aliased to `<module>_main`, which the harness's `@main` would define; with it compiled out,
/// this hands the command line to libFuzzer's driver (libFuzzer's own `main` is then not linked).
@_cdecl("HearthFuzz_main")
public func libFuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput)
}
#endif
