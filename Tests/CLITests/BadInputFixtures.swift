import Foundation

/// The starting points of the bad-input cases: the committed five-customer base, and a generated base with a
/// model trained on it (for the model-file cases), made once per test run.
enum BadInputFixtures {
    /// A fresh folder holding the case's exports (base or synthetic, with the case's files and edit applied).
    static func prepare(_ c: BadInputCase) throws -> String {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("cc-bad-\(c.name)-\(UUID().uuidString)").path
        let source = c.from == .base ? CLIRunner.badInput("corpus/base") : try synthetic.get()
        try fm.copyItem(atPath: source, toPath: dir)
        for (name, spec) in c.files {
            let path = dir + "/" + name
            try? fm.removeItem(atPath: path)
            if spec.folder == true {
                try fm.createDirectory(atPath: path, withIntermediateDirectories: true)
            } else if spec.remove == true {
                continue
            } else if let text = spec.text {
                try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            } else if let b64 = spec.base64 {
                guard let bytes = Data(base64Encoded: b64) else { throw FixtureError("\(c.name): bad base64") }
                try bytes.write(to: URL(fileURLWithPath: path))
            } else if let kind = spec.generate {
                try generate(kind, spec, like: source + "/" + name, to: path)
            }
        }
        if let edit = c.edit { try apply(edit, in: dir) }
        return dir
    }

    /// `longField`: the source file's header, then `row` with `{long}` replaced by `bytes` bytes of `x`.
    /// `manyFields`: the header, then the source's first row followed by `bytes` commas.
    static func generate(_ kind: String, _ spec: BadInputCase.FileSpec, like source: String, to path: String) throws {
        let lines = try String(contentsOfFile: source, encoding: .utf8).split(separator: "\n").map(String.init)
        var out = Data((lines[0] + "\n").utf8)
        switch kind {
        case "longField":
            guard let row = spec.row else { throw FixtureError("longField needs a row") }
            let long = String(repeating: "x", count: spec.bytes ?? 10_485_760)
            out.append(Data((row.replacingOccurrences(of: "{long}", with: long) + "\n").utf8))
        case "manyFields":
            out.append(Data((lines[1] + String(repeating: ",", count: spec.bytes ?? 1_000_000) + "\n").utf8))
        default:
            throw FixtureError("unknown generated file \(kind)")
        }
        try out.write(to: URL(fileURLWithPath: path))
    }

    static func apply(_ edit: BadInputCase.Edit, in dir: String) throws {
        let path = dir + "/" + edit.file
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        if let keep = edit.keepFraction { bytes = bytes.prefix(Int(Double(bytes.count) * keep)) }
        if let r = edit.replace {
            let text = String(decoding: bytes, as: UTF8.self)
            guard let range = text.range(of: r[0]) else { throw FixtureError("\(edit.file) has no \"\(r[0])\"") }
            bytes = Data(text.replacingCharacters(in: range, with: r[1]).utf8)
        }
        if let column = edit.dropColumn {
            let rows = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let header = rows[0].split(separator: ",", omittingEmptySubsequences: false)
            guard let j = header.firstIndex(where: { $0.trimmingCharacters(in: .whitespacesAndNewlines) == column })
            else { throw FixtureError("\(edit.file) has no column \(column)") }
            let kept = rows.map { row -> String in
                var f = row.split(separator: ",", omittingEmptySubsequences: false)
                if f.count > j { f.remove(at: j) }
                return f.joined(separator: ",")
            }
            bytes = Data(kept.joined(separator: "\n").utf8)
        }
        try bytes.write(to: URL(fileURLWithPath: path))
    }

    /// A generated base (`churncast generate`) and `model.json` trained on it, made on first use.
    static let synthetic = Result<String, Error> {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cc-bad-synthetic-\(UUID().uuidString)").path
        for args in [["generate", "--customers", "800", "--seed", "11", "--out", dir],
                     ["train", "--data", dir, "--from", "2025-03-31", "--to", "2025-12-31", "--every", "quarter",
                      "--model", dir + "/model.json"]] {
            let r = try CLIRunner.run(args, timeLimit: 120)
            guard r.status == 0 else { throw FixtureError("churncast \(args[0]) failed (\(r.status)): \(r.stderr)") }
        }
        return dir
    }

    struct FixtureError: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }
}
