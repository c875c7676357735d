import Foundation

/// Runs the built `churncast` executable in a child process, for end-to-end tests of arguments, output and exit
/// codes. The executable sits beside the test bundle in the build folder (`swift build --build-tests` and
/// `swift test` both build it); `CHURNCAST_BIN` overrides the path.
enum CLIRunner {
    struct Outcome {
        let status: Int32
        let stdout: String
        let stderr: String
        var timedOut = false
    }

    /// The path of the `churncast` executable, or nil when it has not been built.
    static var executable: URL? { product("churncast") }

    /// The path of the built executable `name` (`churncast`, `cc-write-probe`), or nil when it has not been built.
    static func product(_ name: String) -> URL? {
        let fm = FileManager.default
        var candidates: [URL] = []
        if name == "churncast", let env = ProcessInfo.processInfo.environment["CHURNCAST_BIN"] {
            candidates.append(URL(fileURLWithPath: env))
        }
        // The test runner (…/debug/ChurnCastPackageTests.xctest, or a bundle inside …/debug on macOS).
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(folder.appendingPathComponent(name))
            folder = folder.deletingLastPathComponent()
        }
        // The package's own build folder, from this source file's location.
        candidates.append(repositoryRoot.appendingPathComponent(".build/debug/\(name)"))
        return candidates.first { fm.isExecutableFile(atPath: $0.path) }
    }

    /// A file in Tests/CLITests/BadInput (copied into the test bundle's resources).
    static func badInput(_ name: String) -> String {
        Bundle.module.resourceURL!.appendingPathComponent("BadInput/\(name)").path
    }

    /// The repository root (for bundled datasets).
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Runs `churncast arguments…` and waits for it.
    static func run(_ arguments: [String]) throws -> Outcome {
        try run(arguments, timeLimit: 120)
    }

    /// Runs the built executable `product` with `arguments` in `workingDirectory` (with `environment` added to
    /// this process's, and under `umask`, octal, when given: set by `/bin/sh` just before it execs the product,
    /// since a test must not change its own process's umask), killing it after `timeLimit`
    /// seconds so that a hang fails the test instead of stalling CI (`status` is then 128 + SIGKILL and
    /// `timedOut` is set). Output goes through files, so a large output cannot block the child.
    static func run(_ arguments: [String], product: String = "churncast", in workingDirectory: String? = nil,
                    environment: [String: String] = [:], umask: String? = nil, timeLimit: Double) throws -> Outcome {
        guard let exe = self.product(product) else { throw CLIRunnerError.notBuilt }
        let fm = FileManager.default
        let scratch = fm.temporaryDirectory.appendingPathComponent("cc-run-\(UUID().uuidString)")
        try fm.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("stdout"), err = scratch.appendingPathComponent("stderr")
        fm.createFile(atPath: out.path, contents: nil)
        fm.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = exe
        process.arguments = arguments
        if let umask {
            precondition(!umask.isEmpty && umask.allSatisfy { "01234567".contains($0) }, "umask \(umask) is not octal")
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "umask \(umask) && exec \"$0\" \"$@\"", exe.path] + arguments
        }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        if let workingDirectory { process.currentDirectoryURL = URL(fileURLWithPath: workingDirectory) }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        var timedOut = false
        if done.wait(timeout: .now() + timeLimit) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            done.wait()
        }
        let signalled = process.terminationReason == .uncaughtSignal
        return Outcome(status: signalled ? 128 + process.terminationStatus : process.terminationStatus,
                       stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                       stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self),
                       timedOut: timedOut)
    }
}

enum CLIRunnerError: Error, CustomStringConvertible {
    case notBuilt
    var description: String {
        "the churncast executable was not found beside the test bundle: run `swift build --build-tests` first, "
            + "or set CHURNCAST_BIN"
    }
}
