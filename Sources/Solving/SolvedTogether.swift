import Foundation
import LinearProgramming

/// Two independent solves run at once: GLPK's solvers use one core each, so two dispatches of a full year take
/// the time of the longer one instead of both.
enum SolvedTogether {
    /// Runs `first` on a thread of its own (``GLPKEnvironment/startThread(_:then:)``, as sweep workers do) and
    /// `second` on the calling thread, and returns both results once both have
    /// ended; an error of either is rethrown, `first`'s before `second`'s.
    static func both<First: Sendable, Second>(_ first: @escaping @Sendable () throws -> First,
                                              _ second: () throws -> Second) throws -> (First, Second) {
        let slot = ResultSlot<First>()
        let done = DispatchSemaphore(value: 0)
        GLPKEnvironment.startThread({ slot.store(Result { try first() }) }, then: { done.signal() })
        let secondResult = Result { try second() }
        done.wait()
        return (try slot.take().get(), try secondResult.get())
    }
}

/// One thread's result, handed to the thread that waits for it.
private final class ResultSlot<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<Value, any Error>?

    func store(_ value: Result<Value, any Error>) {
        lock.withLock { result = value }
    }

    /// The stored result; called only after the storing thread has signalled.
    func take() -> Result<Value, any Error> {
        lock.withLock { result! }
    }
}
