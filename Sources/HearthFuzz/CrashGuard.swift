import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps the input being run where a dying process can still save it, and watches the clock.
///
/// Before each run the input is copied into a buffer allocated once at start-up. A crash (a
/// Swift trap is SIGILL or SIGTRAP; also SIGSEGV, SIGBUS, SIGFPE, SIGABRT) runs a handler that
/// only makes async-signal-safe calls — open, write, close — to put the buffer in the crash
/// file, then dies by the same signal, so the exit status still says what happened. A watchdog
/// thread writes the hang file and exits when one input has run longer than the timeout.
enum CrashGuard {
    static let capacity = 16 << 20
    // Allocated once and never freed; read by the signal handler and the watchdog thread.
    // Word-sized stores, written only between runs, so the unsynchronised reads see either the
    // old or the new value, which is all a dying process needs.
    nonisolated(unsafe) static let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    nonisolated(unsafe) static let length = UnsafeMutablePointer<Int>.allocate(capacity: 1)
    /// Monotonic start time (ns) of the run in progress, 0 between runs.
    nonisolated(unsafe) static let started = UnsafeMutablePointer<UInt64>.allocate(capacity: 1)
    /// C strings: the crash and hang file paths and the messages, built before any run.
    nonisolated(unsafe) static var crashPath: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) static var hangPath: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) static var crashMessage: UnsafeMutablePointer<CChar>?

    /// Names the files for the target about to run.
    static func prepare(target: String, seed: UInt64, folder: URL) {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let crash = folder.appendingPathComponent("crash-\(target)-seed\(seed).bin").path
        let hang = folder.appendingPathComponent("hang-\(target)-seed\(seed).bin").path
        free(crashPath); free(hangPath); free(crashMessage)
        crashPath = strdup(crash)
        hangPath = strdup(hang)
        crashMessage = strdup("\nhearth-fuzz: CRASH in target \(target); the input is saved in \(crash)\n")
        length.pointee = 0
        started.pointee = 0
    }

    /// Installs the signal handlers (on their own stack, so a stack overflow is caught too)
    /// and starts the watchdog.
    static func install(timeoutSeconds: Double) {
        var altStack = stack_t()
        let size = 1 << 16
        altStack.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        altStack.ss_size = size
        altStack.ss_flags = 0
        sigaltstack(&altStack, nil)
        for sig in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT] {
            var action = sigaction()
            #if os(Linux)
            action.__sigaction_handler.sa_handler = onCrash
            action.sa_flags = Int32(SA_ONSTACK)
            #else
            action.__sigaction_u.__sa_handler = onCrash
            action.sa_flags = SA_ONSTACK
            #endif
            sigaction(sig, &action, nil)
        }
        let limit = UInt64(timeoutSeconds * 1_000_000_000)
        Thread.detachNewThread {
            while true {
                usleep(100_000)
                let start = started.pointee
                guard start != 0, now() > start, now() - start > limit else { continue }
                save(to: hangPath)
                let message = "\nhearth-fuzz: HANG: one input ran for more than \(timeoutSeconds) s; it is saved in "
                    + String(cString: hangPath!) + "\n"
                FileHandle.standardError.write(Data(message.utf8))
                _exit(3)
            }
        }
    }

    /// Called before each run: keeps a copy of `input` and starts its clock.
    static func willRun(_ input: [UInt8]) {
        let n = min(input.count, capacity)
        input.withUnsafeBufferPointer { buffer.update(from: $0.baseAddress!, count: n) }
        length.pointee = n
        started.pointee = now()
    }

    /// Called after each run; returns how long it took in nanoseconds.
    static func didRun() -> UInt64 {
        let elapsed = now() - started.pointee
        started.pointee = 0
        return elapsed
    }

    static func now() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }

    /// Writes the buffer to `path`: async-signal-safe calls only.
    static func save(to path: UnsafeMutablePointer<CChar>?) {
        guard let path else { return }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return }
        var done = 0
        while done < length.pointee {
            let n = write(fd, buffer + done, length.pointee - done)
            if n <= 0 { break }
            done += n
        }
        close(fd)
    }
}

/// The crash handler: save the input, say where, and die by the same signal.
private func onCrash(_ sig: Int32) {
    CrashGuard.save(to: CrashGuard.crashPath)
    if let message = CrashGuard.crashMessage { _ = write(2, message, strlen(message)) }
    signal(sig, SIG_DFL)
    raise(sig)
}
