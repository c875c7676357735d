import Foundation

/// Runs a program found on PATH and collects its output (through files, so a large output cannot block it).
enum Shell {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func run(_ program: String, _ arguments: [String]) throws -> Outcome {
        let out = try scratchFile("stdout"), err = try scratchFile("stderr")
        defer { for f in [out, err] { try? FileManager.default.removeItem(atPath: f) } }
        FileManager.default.createFile(atPath: out, contents: nil)
        FileManager.default.createFile(atPath: err, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: try String(contentsOfFile: out, encoding: .utf8),
                       stderr: try String(contentsOfFile: err, encoding: .utf8))
    }

    /// Throws with the program's standard error unless it exited 0.
    static func check(_ outcome: Outcome, what: String) throws {
        if outcome.status != 0 { throw Failure(description: "\(what) exited \(outcome.status): \(outcome.stderr)") }
    }

    /// A fresh path in the temporary folder (not created).
    static func scratchFile(_ name: String) throws -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("cc-sql-\(UUID().uuidString)-\(name)").path
    }
}
