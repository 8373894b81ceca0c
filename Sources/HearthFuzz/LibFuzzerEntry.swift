#if HEARTH_LIBFUZZER
import Foundation

/// libFuzzer's entry points, compiled only into the coverage-guided build
/// (`scripts/fuzz.sh --libfuzzer`). The target is chosen by `HEARTH_FUZZ_TARGET`, because
/// libFuzzer owns the command line.
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
#endif
