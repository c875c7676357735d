import Foundation

/// The `python3` on PATH, for tests that check against a Python reference (nbclient, scikit-learn, lifetimes).
public enum Python {
    /// Runs python3 with `arguments`; (exit status, standard output and error together).
    public static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3"] + arguments
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Nil when python3 runs and imports every module of `modules`, else what is missing ("python3" or the
    /// modules' names).
    public static func missing(_ modules: [String]) -> String? {
        let names = modules.map { "'\($0)'" }.joined(separator: ",")
        let check = "import importlib.util as u; m=[x for x in (\(names),) if u.find_spec(x) is None]; print(' '.join(m))"
        guard let r = try? run(["-c", check]), r.status == 0 else { return "python3" }
        let missing = r.output.trimmingCharacters(in: .whitespacesAndNewlines)
        return missing.isEmpty ? nil : missing
    }
}
