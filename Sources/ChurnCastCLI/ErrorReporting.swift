import ArgumentParser
import ChurnCast
#if canImport(Glibc)
import Glibc
#endif

/// Runs a command body and turns every error into a message on standard error and the SPEC's exit code.
/// This is the one place where errors meet exit codes. Before the body, `JobEnvironment.prepare` checks
/// `CHURNCAST_THREADS` (an invalid value is exit 64 before any work).
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try JobEnvironment.prepare()
        try body()
    } catch _ where StandardOutput.readerIsGone {
        StandardOutput.endQuietly()
    } catch let error as ParameterNamingError {
        printError("churncast: error: \(error.description(naming: flag(for:)))")
        throw ExitCode(error.exitCode.rawValue)
    } catch let error as UserFacingError {
        printError("churncast: error: \(error.description)")
        throw ExitCode(error.exitCode.rawValue)
    } catch let error as ExitCode {
        throw error
    } catch let error as ValidationError {
        throw error
    } catch {
        printError("churncast: internal error: \(error)")
        throw ExitCode(ExitStatus.software.rawValue)
    }
}

/// The command-line flag that sets a job's parameter, for the library's errors about it: the one place where the
/// library's parameters meet flag names.
func flag(for parameter: JobParameter) -> String {
    switch parameter {
    case .asOf: return "--as-of"
    case .segmentBy: return "--by"
    case .end: return "--to"
    case .exclude: return "--exclude"
    case .l2: return "--l2"
    case .cvFolds: return "--cv"
    case .classWeight: return "--class-weight"
    case .ridge: return "--ridge"
    case .engine: return "--engine"
    case .valueColumn: return "--value"
    case .shock: return "--shock"
    }
}

/// Runs a check of `validate()`: a library error naming parameters becomes a usage error naming their flags.
func namingFlags<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as ParameterNamingError {
        throw ValidationError(error.description(naming: flag(for:)))
    }
}

/// Prints a job's result: its notes and warnings on standard error, then its JSON or text on standard output — or,
/// when the job wrote its data to standard output (`--out -`), on standard error, so that the data stay clean;
/// then ends the process (see `exitSkippingTeardown`).
func printResult(_ result: JobResult, json: Bool, progress: Progress? = nil, dataOnStandardOutput: Bool = false)
    throws -> Never {
    for note in result.notes { printError("churncast: \(note)") }
    progress?.done()
    for warning in result.warnings { Warnings.print(warning) }
    let summary = json ? try result.json() : result.text
    if dataOnStandardOutput {
        fputs(summary, stderr)
    } else {
        print(summary, terminator: "")
    }
    exitSkippingTeardown(keeping: result)
}

/// Writes a line to standard error.
func printError(_ message: String) {
    var line = message
    line += "\n"
    fputs(line, stderr)
}

/// Ends the process with status 0 once a command's output is complete and flushed, without freeing its data first:
/// at a million customers, releasing millions of small values one by one took 0.45 s that the operating system
/// does at once when the process ends. `values` are the command's large values, kept alive until then (Swift may
/// otherwise free them after their last use, before this call).
func exitSkippingTeardown<T>(keeping values: T) -> Never {
    withExtendedLifetime(values) {
        fflush(stdout)
        fflush(stderr)
        if ferror(stdout) != 0 && !StandardOutput.readerIsGone {
            printError("churncast: error: standard output: write failed: \(String(cString: strerror(errno)))")
            exit(ExitStatus.ioError.rawValue)
        }
        exit(0)
    }
}
