import Foundation
import Testing
import ChurnCast
import TestSupport

/// Issue 12 end to end: standard output as an output (`--out -`, `--csv -`, a reader that stops early), the model
/// file's snake_case version 2 beside the version-1 files still read, and "did you mean".
@Suite struct OutputsAndVocabularyTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Runs `script` under bash with `pipefail`, `$CC` set to the built churncast; returns its status and stderr.
    static func bash(_ script: String) throws -> (status: Int32, stdout: String, stderr: String) {
        guard let exe = CLIRunner.product("churncast") else { throw CLIRunnerError.notBuilt }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", "set -o pipefail; " + script]
        process.environment = ProcessInfo.processInfo.environment.merging(["CC": exe.path]) { $1 }
        let (out, err) = (Pipe(), Pipe())
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    /// A reader that stops after one line (`| head -1`) ends the writer quietly with status 0 — no "Broken pipe"
    /// message, no signal status 141 — even under `pipefail`, whether the data come from a job's output file
    /// (`features --out -`, 2,000 rows: more than a pipe holds) or a printed table (`features --describe`).
    @Test func aReaderThatStopsEarlyEndsTheCommandQuietly() throws {
        let dir = TemporaryDirectory.shared.folder("cc-sigpipe")
        var customers = "customer_id,signup_date,churn_date\n"
        for i in 0..<2000 { customers += "C\(i),2024-01-01,\n" }
        try customers.write(toFile: dir + "/customers.csv", atomically: false, encoding: .utf8)
        try "customer_id,date,score\nC1,2024-02-01,9\n".write(toFile: dir + "/nps_responses.csv", atomically: false, encoding: .utf8)
        try "customer_id,date,likes,shares,comments,dms\nC1,2024-03-01,1,0,0,0\n"
            .write(toFile: dir + "/engagement.csv", atomically: false, encoding: .utf8)
        for command in ["\"$CC\" features --data \(dir) --as-of latest --out - | head -1",
                        "\"$CC\" features --describe | head -1"] {
            let r = try Self.bash(command)
            #expect(r.status == 0, "\(command): \(r.stderr)")
            #expect(!r.stderr.contains("error"), "\(r.stderr)")
            #expect(r.stdout.split(separator: "\n").count == 1)
        }
    }

    /// `fit --csv -` reads standard input, from a pipe (copied aside, since the reader reads at offsets) or a
    /// redirected file; the Longley fit gives the same summary either way as from the file itself.
    @Test func fitReadsStandardInput() throws {
        let longley = Self.root.appendingPathComponent("datasets/longley.csv").path
        let fromFile = try Self.bash("\"$CC\" fit linear --csv \(longley) --target y --json")
        let piped = try Self.bash("cat \(longley) | \"$CC\" fit linear --csv - --target y --json")
        let redirected = try Self.bash("\"$CC\" fit linear --csv - --target y --json < \(longley)")
        #expect(fromFile.status == 0 && piped.status == 0 && redirected.status == 0, "\(piped.stderr)")
        #expect(piped.stdout == fromFile.stdout && redirected.stdout == fromFile.stdout)
        let bad = try Self.bash("printf 'a,y\\n1,2\\nx,3\\n4,5\\n' | \"$CC\" fit linear --csv - --target y")
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("/dev/stdin, line 3, column 1 (a)"), "\(bad.stderr)")
    }

    /// The model file: version 2 is written with snake_case keys only; the version-1 fuzz seed (camelCase,
    /// Fuzz/Corpus/modelfile/trained.json) is still read, and written again as version 2 it reads back equal.
    @Test func modelFileVersionTwoIsSnakeCaseAndVersionOneIsStillRead() throws {
        let seed = Self.root.appendingPathComponent("Fuzz/Corpus/modelfile/trained.json").path
        let v1 = try ModelFileIO.read(seed)
        #expect(v1.formatVersion == 1)
        var model = v1
        model.formatVersion = ChurnCastModel.formatVersion
        let path = TemporaryDirectory.shared.folder("cc-model-v2") + "/model.json"
        try ModelFileIO.write(model, to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("\"format_version\" : 2"))
        #expect(text.contains("\"churn_auc\"") && text.contains("\"next_score_rmse\"") && text.contains("\"high_from\""))
        let keys = try Self.keys(of: JSONSerialization.jsonObject(with: Data(text.utf8)))
        #expect(keys.filter { $0.contains(where: \.isUppercase) }.isEmpty, "camelCase keys: \(keys.filter { $0.contains(where: \.isUppercase) })")
        #expect(try ModelFileIO.read(path) == model)
    }

    /// Every object key in a JSON value, nested ones included.
    static func keys(of value: Any) -> Set<String> {
        if let object = value as? [String: Any] {
            return object.reduce(into: Set(object.keys)) { $0.formUnion(keys(of: $1.value)) }
        }
        if let array = value as? [Any] { return array.reduce(into: []) { $0.formUnion(keys(of: $1)) } }
        return []
    }

    /// snake_case keys go back to the property names, acronyms included (`JSONText.acronyms`).
    @Test func snakeCaseKeysReadBackToPropertyNames() {
        #expect(JSONText.camelCase("next_score_rmse") == "nextScoreRMSE")
        #expect(JSONText.camelCase("churn_auc") == "churnAUC")
        #expect(JSONText.camelCase("pseudo_r2") == "pseudoR2")
        #expect(JSONText.camelCase("l2_choice") == "l2Choice")
        #expect(JSONText.camelCase("format") == "format")
    }

    /// "Did you mean": the closest subcommand within two edits, or one the word begins.
    @Test func mistypedSubcommandsGetASuggestion() throws {
        for (typed, meant) in [("scroe", "score"), ("trian", "train"), ("eval", "evaluate"), ("forcast", "forecast"),
                               ("genrate", "generate")] {
            let r = try CLIRunner.run([typed])
            #expect(r.status == 64)
            #expect(r.stderr.contains("unknown command '\(typed)' for churncast; did you mean '\(meant)'?"), "\(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
        let fine = try CLIRunner.run(["score", "--help"])
        #expect(fine.status == 0 && fine.stdout.contains("latest"))
    }
}
