/// A failure of the GLPK layer, as a value instead of a process abort.
public enum GLPKError: Error, Sendable, CustomStringConvertible {
    /// The program failed validation before GLPK saw it.
    case invalidProgram(LinearProgramDefect)
    /// GLPK raised a fatal error; it was caught and this thread's GLPK environment was reset.
    case fatal(operation: String, message: String)
    /// The problem belongs to a GLPK environment that a fatal error (or ``GLPKEnvironment/releaseCurrentThread()``)
    /// has already freed; build a new ``GLPKProblem``.
    case problemReleased
    /// A column or row handle or an array does not fit this problem.
    case outOfRange(String)
    /// GLPK could not write a file.
    case writeFailed(path: String, code: Int32)

    /// A readable sentence.
    public var description: String {
        switch self {
        case let .invalidProgram(defect): return "invalid linear program: \(defect)"
        case let .fatal(operation, message):
            let text = message.trimmingCharacters(in: .whitespacesAndNewlines)
            return "GLPK fatal error in \(operation)\(text.isEmpty ? "" : ": \(text)") (caught; GLPK environment of this thread was reset)"
        case .problemReleased: return "the GLPK problem was released by an earlier fatal error on its thread; build it again"
        case let .outOfRange(what): return "out of range: \(what)"
        case let .writeFailed(path, code): return "GLPK could not write '\(path)' (return code \(code))"
        }
    }
}

/// The per-thread GLPK environment.
///
/// GLPK keeps one environment per thread: a problem must be created, solved and freed on the same thread,
/// with no suspension point in between. A worker thread that used GLPK should call
/// ``releaseCurrentThread()`` before it ends.
public enum GLPKEnvironment {
    /// Frees the calling thread's GLPK environment and every problem still alive on it.
    public static func releaseCurrentThread() {
        gfx_free_env()
    }

    /// Runs `body` on a thread of its own with 16 MiB of stack (more than a secondary thread gets by default, so that a
    /// solve there has the room it has on the main thread), releases that thread's GLPK environment, then calls `done`.
    public static func startThread(_ body: @escaping @Sendable () -> Void, then done: @escaping @Sendable () -> Void) {
        let thread = Thread {
            body()
            releaseCurrentThread()
            done()
        }
        thread.stackSize = 16 << 20
        thread.start()
    }
}

import CGLPKGuard
import Foundation
