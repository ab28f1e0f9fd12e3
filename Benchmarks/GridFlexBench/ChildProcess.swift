import Foundation
import Solving
#if canImport(Glibc)
import Glibc
#endif

/// A process run to its end, with what the kernel accounted for it alone.
struct ChildProcess {
    /// Everything it wrote on stdout.
    let output: Data
    /// Exit status (or 128 + signal).
    let status: Int32
    /// Wall time from spawn to exit, s.
    let seconds: Double
    /// Peak resident memory (ru_maxrss from wait4), MB.
    let peakMB: Double

    /// Runs `executable` with `arguments`, stdout captured, stderr inherited.
    init(executable: String, arguments: [String]) throws {
        var pipe: [Int32] = [0, 0]
        guard Glibc.pipe(&pipe) == 0 else { throw BenchError("pipe failed: errno \(errno)") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipe[1], STDOUT_FILENO)
        posix_spawn_file_actions_addclose(&actions, pipe[0])
        posix_spawn_file_actions_addclose(&actions, pipe[1])
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let clock = ContinuousClock()
        let start = clock.now
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        close(pipe[1])
        guard spawned == 0 else {
            close(pipe[0])
            throw BenchError("cannot run \(executable): error \(spawned)")
        }
        output = FileHandle(fileDescriptor: pipe[0], closeOnDealloc: true).readDataToEndOfFile()
        var rawStatus: Int32 = 0
        var usage = rusage()
        while wait4(pid, &rawStatus, 0, &usage) < 0 && errno == EINTR {}
        seconds = (clock.now - start).seconds
        peakMB = Double(usage.ru_maxrss) / 1024
        let signal = rawStatus & 0x7f
        status = signal == 0 ? (rawStatus >> 8) & 0xff : 128 + signal
    }
}

/// A benchmark failure, with what went wrong.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
