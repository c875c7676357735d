/// What a job hands back to be printed: its output as text or JSON (each complete, with its final newline), lines for
/// standard error, and the large values it made, which a command line may keep until the process ends instead of
/// freeing them one by one.
public struct JobResult {
    /// Warnings about the result (printed as "warning: …").
    public let warnings: [String]
    /// Notes about the inputs, e.g. each file's accounting of rejected rows.
    public let notes: [String]
    /// The values the job made, kept alive by whoever holds the result.
    public let retained: Any
    private let makeText: () -> String
    private let makeJSON: () throws -> String

    public init(warnings: [String] = [], notes: [String] = [], retained: Any = (), text: @escaping () -> String,
         json: @escaping () throws -> String) {
        self.warnings = warnings; self.notes = notes; self.retained = retained
        makeText = text; makeJSON = json
    }

    /// A result whose text is `summary` and whose JSON is `value`, each printed as one line.
    init<T: Encodable>(summary: @escaping () -> String, value: T, warnings: [String] = [], notes: [String] = [],
                       retained: Any = ()) {
        self.init(warnings: warnings, notes: notes, retained: retained, text: { summary() + "\n" },
                  json: { try JSONText.encode(value) + "\n" })
    }

    /// The output for people.
    public var text: String { makeText() }

    /// The output for machines.
    public func json() throws -> String { try makeJSON() }
}
