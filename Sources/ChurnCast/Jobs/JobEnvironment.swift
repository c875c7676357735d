import LinearAlgebra
import Support

/// What every job needs of the process before it starts: a valid `CHURNCAST_THREADS`, and OpenBLAS on one thread.
/// OpenBLAS's threaded kernels add up in an order that depends on their thread count, which changed the last digits
/// of the models' standard errors between machines; ChurnCast's own passes use the threads instead, so every output
/// is byte-identical whatever the thread count.
public enum JobEnvironment {
    /// Checks `CHURNCAST_THREADS` (invalid: a usage error) and keeps OpenBLAS on one thread.
    public static func prepare() throws {
        if let text = Parallelism.environmentText, Parallelism.threads(from: text) == nil {
            throw PipelineError.invalidOption(Parallelism.invalidMessage(text))
        }
        BLAS.setThreads(1)
    }
}
