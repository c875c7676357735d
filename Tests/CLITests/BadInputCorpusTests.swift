import Testing
import Foundation

/// The bad-input corpus (BadInput/corpus/cases.json, SPEC section 6): every case runs the built `churncast` with
/// a time limit and must exit with the SPEC's code and a message naming what is wrong and where — never a crash,
/// a hang, a message on standard output or a half-written output.
@Suite struct BadInputCorpusTests {
    @Test(arguments: BadInputCase.all)
    func badInputGetsAClearMessageAndItsExitCode(_ c: BadInputCase) throws {
        let data = try BadInputFixtures.prepare(c)
        let out = data + "-out"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: data); try? FileManager.default.removeItem(atPath: out) }
        let fill = { (text: String) in
            text.replacingOccurrences(of: "{data}", with: data).replacingOccurrences(of: "{out}", with: out)
                .replacingOccurrences(of: "{model}", with: data + "/model.json")
        }
        let readers = try BadInputFixtures.prepareOutputs(c.setup, in: out, filling: fill)
        let r = try CLIRunner.run(c.args.map(fill), environment: c.env, umask: c.setup?.umask, timeLimit: 60)
        let piped = readers.mapValues { $0.wait() }
        let shown = "\(c.name) (\(c.why)): exit \(r.status)\nstderr: \(r.stderr.prefix(1500))\nstdout: \(r.stdout.prefix(500))"
        #expect(!r.timedOut, "hung: \(shown)")
        #expect(r.status == c.exit, "\(shown)")
        for fragment in c.stderr { #expect(r.stderr.contains(fragment), "missing \"\(fragment)\" in \(shown)") }
        for fragment in c.stdout { #expect(r.stdout.contains(fragment), "missing \"\(fragment)\" in \(shown)") }
        #expect(!r.stderr.contains("Fatal error") && !r.stderr.contains("internal error") && r.status < 128,
                "crashed: \(shown)")
        // One short message, however large the bad value (a 10 MB field is cut in the message).
        #expect(r.stderr.utf8.count < 4000, "\(c.name): \(r.stderr.utf8.count) bytes of messages")
        if c.exit != 0 {
            #expect(r.stdout.isEmpty, "errors go to standard error only: \(shown)")
            let left = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
            let before = BadInputFixtures.topLevelNames(of: c.setup)
            #expect(left == before, "\(c.name): a failed run left \(left) in the output folder (before: \(before))")
            for (name, file) in c.setup?.existing ?? [:] {
                let now = try? String(contentsOfFile: out + "/" + name, encoding: .utf8)
                #expect(now == file.text, "\(c.name): a failed run changed \(name)")
            }
        }
        for (name, check) in c.outputs {
            let path = name.hasPrefix("/") ? name : out + "/" + name
            for problem in BadInputFixtures.problems(at: path, check, piped: piped[name], filling: fill) {
                Issue.record("\(c.name): \(name): \(problem)")
            }
        }
        if let rows = c.rejectsRows {
            let rejects = try String(contentsOfFile: out + "/rejects.csv", encoding: .utf8)
            let records = try CSVRecords.count(in: rejects)
            #expect(records - 1 == rows, "\(c.name): rejects file lists \(records - 1) rows, expected \(rows)")
        }
    }

    @Test func corpusHasAtLeastFortyDistinctCases() {
        #expect(BadInputCase.all.count >= 40)
        #expect(Set(BadInputCase.all.map(\.name)).count == BadInputCase.all.count, "case names repeat")
    }
}

/// Counts the records of CSV text (quoted fields may hold line breaks).
enum CSVRecords {
    static func count(in text: String) throws -> Int {
        var records = 0, inQuotes = false, atLineStart = true
        for byte in text.utf8 {
            if atLineStart && byte != 0x0A { records += 1; atLineStart = false }
            if byte == 0x22 { inQuotes.toggle() } else if byte == 0x0A && !inQuotes { atLineStart = true }
        }
        return records
    }
}
