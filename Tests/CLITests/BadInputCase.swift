import Foundation

/// One case of the bad-input corpus (BadInput/corpus/cases.json): exports that differ from a valid base in one
/// way, a command line, and what must come out — the exit code and fragments of the message (file, line, column).
struct BadInputCase: Codable, CustomTestStringConvertible, Sendable {
    /// Short, unique; the folder name of the case's files while it runs.
    var name: String
    /// What is wrong, in a few words.
    var why: String
    /// The exports the case starts from: `base` (BadInput/corpus/base, five customers) or `synthetic` (a generated
    /// base with a model trained on it, made once per test run; see `BadInputFixtures`).
    var from: Fixture = .base
    /// Files of the case folder replaced, added or removed.
    var files: [String: FileSpec] = [:]
    /// A change to a file after it is in place (a model file truncated or tampered with, a column dropped).
    var edit: Edit?
    /// The arguments; `{data}` is the case folder, `{out}` an empty folder for outputs, `{model}` the model file
    /// in the case folder. Default: `features --data {data} --as-of 2024-06-30 --out {out}/features.csv`.
    var args: [String] = ["features", "--data", "{data}", "--as-of", "2024-06-30", "--out", "{out}/features.csv"]
    /// Environment variables set for the run (`CHURNCAST_MEMORY_LIMIT`).
    var env: [String: String] = [:]
    /// The exit code the SPEC asks for.
    var exit: Int32
    /// Fragments standard error must contain, in any order (for exit 0, may be empty).
    var stderr: [String] = []
    /// Fragments standard output must contain (for a run that succeeds).
    var stdout: [String] = []
    /// For `--on-bad-rows skip`: the rows the rejects file `{out}/rejects.csv` must list.
    var rejectsRows: Int?
    /// Outputs put in place in `{out}` before the run, and the umask it runs under (SPEC section 7).
    var setup: Setup?
    /// What must be at output paths after the run: by name in `{out}` (or an absolute path such as `/dev/null`).
    var outputs: [String: OutputCheck] = [:]

    enum Fixture: String, Codable, Sendable { case base, synthetic }

    /// How a file of the case is made.
    struct FileSpec: Codable, Sendable {
        /// UTF-8 text.
        var text: String?
        /// Bytes that are not text (non-UTF-8, NUL).
        var base64: String?
        /// Made by the test instead of committed: `longField` (the base's header, then `row` with `{long}` replaced
        /// by `bytes` bytes of `x`) or `manyFields` (the header, then a line of `bytes` commas).
        var generate: String?
        var bytes: Int?
        var row: String?
        /// Delete the file (or, with `folder`, put a folder in its place).
        var remove: Bool?
        var folder: Bool?
    }

    /// A change to a file already in the case folder.
    struct Edit: Codable, Sendable {
        /// The file, relative to the case folder (`model.json`, `customers.csv`).
        var file: String
        /// Keep only this share of the bytes (a write cut short).
        var keepFraction: Double?
        /// Replace the first occurrence of `replace[0]` by `replace[1]`; the text must contain it.
        var replace: [String]?
        /// Remove this column from a CSV file without quoted fields.
        var dropColumn: String?
    }

    /// Outputs that exist before the run: pipes, links, files with a mode, folders (names in `{out}`, which may
    /// have folders of their own: `real/scores.csv`). On failure the output folder must hold exactly these.
    struct Setup: Codable, Sendable {
        /// Folders to make.
        var folders: [String]?
        /// Files to make, with their text and permission mode (octal, `"600"`); a failed run must leave the text.
        var existing: [String: ExistingOutput]?
        /// Symbolic links to make: name → the link's target as written (`real/scores.csv`, `{out}/x`, `/dev/stdout`).
        var symlinks: [String: String]?
        /// Named pipes to make; a reader drains each while the command runs (what it read: `OutputCheck.contains`).
        var fifos: [String]?
        /// The umask the command runs under, in octal (`"077"`).
        var umask: String?
    }

    /// A file in place before the run.
    struct ExistingOutput: Codable, Sendable {
        var text: String
        var mode: String
    }

    /// What an output path must be after the run.
    struct OutputCheck: Codable, Sendable {
        /// `file`, `fifo`, `symlink` (the link itself, not followed) or `device` (a character device).
        var type: String?
        /// The permission bits, octal (`"600"`).
        var mode: String?
        /// For a link: its target as written.
        var linksTo: String?
        /// Fragments of the content (for a pipe: what its reader read; for a link: the file it names).
        var contains: [String]?
    }

    var testDescription: String { name }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        why = try c.decode(String.self, forKey: .why)
        from = try c.decodeIfPresent(Fixture.self, forKey: .from) ?? .base
        files = try c.decodeIfPresent([String: FileSpec].self, forKey: .files) ?? [:]
        edit = try c.decodeIfPresent(Edit.self, forKey: .edit)
        if let a = try c.decodeIfPresent([String].self, forKey: .args) { args = a }
        env = try c.decodeIfPresent([String: String].self, forKey: .env) ?? [:]
        exit = try c.decode(Int32.self, forKey: .exit)
        stderr = try c.decodeIfPresent([String].self, forKey: .stderr) ?? []
        stdout = try c.decodeIfPresent([String].self, forKey: .stdout) ?? []
        rejectsRows = try c.decodeIfPresent(Int.self, forKey: .rejectsRows)
        setup = try c.decodeIfPresent(Setup.self, forKey: .setup)
        outputs = try c.decodeIfPresent([String: OutputCheck].self, forKey: .outputs) ?? [:]
    }

    /// Every case of the manifest.
    static let all: [BadInputCase] = {
        let url = URL(fileURLWithPath: CLIRunner.badInput("corpus/cases.json"))
        do {
            return try JSONDecoder().decode([BadInputCase].self, from: Data(contentsOf: url))
        } catch {
            fatalError("BadInput/corpus/cases.json: \(error)")
        }
    }()
}

import Testing
