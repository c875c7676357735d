import Foundation

/// Finds and runs the executables `swift build` put next to the test bundle (`churncast`, `cc-write-probe`).
enum BuiltProduct {
    /// The build products folder: where the running test executable lives, or `.build/debug` of the package.
    static let directory: URL = {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        // On macOS the tests run inside `X.xctest/Contents/MacOS`.
        while dir.path.contains(".xctest") { dir.deleteLastPathComponent() }
        if FileManager.default.isExecutableFile(atPath: dir.appendingPathComponent("cc-write-probe").path) { return dir }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug")
    }()

    /// The path of the executable `name`.
    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// What a finished run printed and returned.
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Whether the run had to be killed at the time limit.
        var timedOut: Bool
    }

    /// Runs `name` with `arguments` in `directory`, killing it after `timeLimit` seconds (so that a hang fails the
    /// test instead of stalling CI). Output goes through files, so a large output cannot block the child.
    static func run(_ name: String, _ arguments: [String], in workingDirectory: String? = nil,
                    stdin: String? = nil, timeLimit: Double = 30) throws -> Outcome {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("cc-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("stdout"), err = scratch.appendingPathComponent("stderr")
        let input = scratch.appendingPathComponent("stdin")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        FileManager.default.createFile(atPath: input.path, contents: Data((stdin ?? "").utf8))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path(name))
        process.arguments = arguments
        if let workingDirectory { process.currentDirectoryURL = URL(fileURLWithPath: workingDirectory) }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = try FileHandle(forReadingFrom: input)
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        var timedOut = false
        if done.wait(timeout: .now() + timeLimit) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            done.wait()
        }
        return Outcome(status: process.terminationStatus,
                       stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                       stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self),
                       timedOut: timedOut)
    }
}
