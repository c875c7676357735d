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

    /// Puts a case's outputs in place in `out` before the run (folders, files with a mode, links, named pipes)
    /// and starts a reader on each pipe, keyed by its name.
    static func prepareOutputs(_ setup: BadInputCase.Setup?, in out: String,
                               filling fill: (String) -> String) throws -> [String: PipeDrain] {
        guard let setup else { return [:] }
        let fm = FileManager.default
        let inOut = { (name: String) -> String in
            let path = out + "/" + name
            try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            return path
        }
        for name in setup.folders ?? [] { try fm.createDirectory(atPath: try inOut(name) , withIntermediateDirectories: true) }
        for (name, file) in setup.existing ?? [:] {
            let path = try inOut(name)
            try Data(file.text.utf8).write(to: URL(fileURLWithPath: path))
            guard let mode = mode_t(file.mode, radix: 8), chmod(path, mode) == 0 else { throw FixtureError("chmod \(name)") }
        }
        for (name, target) in setup.symlinks ?? [:] {
            try fm.createSymbolicLink(atPath: try inOut(name), withDestinationPath: fill(target))
        }
        var readers: [String: PipeDrain] = [:]
        for name in setup.fifos ?? [] {
            let path = try inOut(name)
            guard mkfifo(path, 0o600) == 0 else { throw FixtureError("mkfifo \(name): errno \(errno)") }
            readers[name] = PipeDrain(path)
        }
        return readers
    }

    /// The names directly in the output folder that a case's setup makes, sorted.
    static func topLevelNames(of setup: BadInputCase.Setup?) -> [String] {
        guard let setup else { return [] }
        let names = (setup.folders ?? []) + (setup.existing.map { Array($0.keys) } ?? [])
            + (setup.symlinks.map { Array($0.keys) } ?? []) + (setup.fifos ?? [])
        return Set(names.map { String($0.split(separator: "/")[0]) }).sorted()
    }

    /// What is wrong at an output path after the run, as the case's check sees it (empty when all is well).
    static func problems(at path: String, _ check: BadInputCase.OutputCheck, piped: Data?,
                         filling fill: (String) -> String) -> [String] {
        var st = stat()
        guard lstat(path, &st) == 0 else { return ["missing"] }
        var found: [String] = []
        let types: [String: mode_t] = ["file": S_IFREG, "fifo": S_IFIFO, "symlink": S_IFLNK, "device": S_IFCHR]
        if let type = check.type, types[type] != st.st_mode & S_IFMT {
            found.append("expected a \(type), found mode \(String(st.st_mode, radix: 8))")
        }
        if let mode = check.mode, String(st.st_mode & 0o7777, radix: 8) != mode {
            found.append("expected mode \(mode), found \(String(st.st_mode & 0o7777, radix: 8))")
        }
        if let target = check.linksTo {
            let now = try? FileManager.default.destinationOfSymbolicLink(atPath: path)
            if now != fill(target) { found.append("expected a link to \(fill(target)), found \(now ?? "no link")") }
        }
        if let fragments = check.contains {
            let text = piped.map { String(decoding: $0, as: UTF8.self) }
                ?? (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            for f in fragments where !text.contains(f) { found.append("missing \"\(f)\" in \(text.prefix(300))") }
        }
        return found
    }

    /// A generated base (`churncast generate`) and `model.json` trained on it, made on first use.
    static let synthetic = Result<String, Error> {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cc-bad-synthetic-\(UUID().uuidString)").path
        for args in [["generate", "--count", "800", "--seed", "11", "--out", dir],
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

/// The reader of a named pipe output: opened before the command runs (so that the command's open finds a reader
/// and never waits), with room for 1 MiB (so that the command never waits for it to be read either: the corpus's
/// outputs are far smaller), read to its end after the command ended. A write end of its own, held until then,
/// keeps the reader from seeing the end before the command came; reading ends even when the command never opened
/// the pipe or replaced it by a file.
final class PipeDrain {
    private let reader: Int32
    private let keeper: Int32

    init(_ path: String) {
        reader = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        keeper = open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC)
        _ = fcntl(keeper, 1031 /* F_SETPIPE_SZ */, 1 << 20)
    }

    /// What the command wrote, once it has ended.
    func wait() -> Data {
        if keeper >= 0 { close(keeper) }
        guard reader >= 0 else { return Data() }
        defer { close(reader) }
        var bytes = Data(), chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = read(reader, &chunk, chunk.count)
            if n <= 0 { return bytes }  // 0: every writer closed; -1 (EAGAIN): a writer still holds it, nothing left
            bytes.append(contentsOf: chunk[0..<n])
        }
    }
}
