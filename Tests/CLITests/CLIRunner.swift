import Foundation

/// Runs the built `churncast` executable in a child process, for end-to-end tests of arguments, output and exit
/// codes. The executable sits beside the test bundle in the build folder (`swift build --build-tests` and
/// `swift test` both build it); `CHURNCAST_BIN` overrides the path.
enum CLIRunner {
    struct Outcome {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The path of the `churncast` executable, or nil when it has not been built.
    static var executable: URL? {
        let fm = FileManager.default
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["CHURNCAST_BIN"] { candidates.append(URL(fileURLWithPath: env)) }
        // The test runner (…/debug/ChurnCastPackageTests.xctest, or a bundle inside …/debug on macOS).
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(folder.appendingPathComponent("churncast"))
            folder = folder.deletingLastPathComponent()
        }
        // The package's own build folder, from this source file's location.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/churncast"))
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
        guard let exe = executable else {
            throw CLIRunnerError.notBuilt
        }
        let process = Process()
        process.executableURL = exe
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting so a large output cannot fill a pipe and block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                       stderr: String(decoding: errData, as: UTF8.self))
    }
}

enum CLIRunnerError: Error, CustomStringConvertible {
    case notBuilt
    var description: String {
        "the churncast executable was not found beside the test bundle: run `swift build --build-tests` first, "
            + "or set CHURNCAST_BIN"
    }
}
