import ArgumentParser
import ChurnCast
#if canImport(Glibc)
import Glibc
#endif

/// Runs a command body and turns every error into a message on standard error and the SPEC's exit code.
/// This is the one place where errors meet exit codes.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
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

/// Writes a line to standard error.
func printError(_ message: String) {
    var line = message
    line += "\n"
    fputs(line, stderr)
}
