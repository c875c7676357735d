import ArgumentParser

/// "Did you mean": a mistyped subcommand (`churncast scroe`) is named with the closest one (`score`), found by edit
/// distance before ArgumentParser would only call it an unexpected argument.
enum SubcommandSuggestion {
    /// The message for the first word of `arguments` that is not a subcommand where one is expected, or nil.
    static func message(for arguments: [String], root: ParsableCommand.Type) -> String? {
        var command = root
        var path = [root.configuration.commandName ?? "churncast"]
        for word in arguments {
            let subcommands = command.configuration.subcommands
            if subcommands.isEmpty || word.hasPrefix("-") || word == "help" { return nil }
            guard let next = subcommands.first(where: { $0.configuration.commandName == word }) else {
                let names = subcommands.compactMap { $0.configuration.commandName }
                let name = path.joined(separator: " ")
                if let best = closest(to: word, among: names) {
                    return "unknown command '\(word)' for \(name); did you mean '\(best)'?"
                }
                return "unknown command '\(word)' for \(name) (commands: \(names.joined(separator: ", ")))"
            }
            command = next
            path.append(word)
        }
        return nil
    }

    /// The name nearest `word` (Levenshtein distance, ties to the first), if it is near enough to be a typo:
    /// at most 2 edits, and fewer than half the word's letters; or a name that `word` begins (`eval`).
    static func closest(to word: String, among names: [String]) -> String? {
        if word.count >= 3, let prefixed = names.first(where: { $0.hasPrefix(word) }) { return prefixed }
        let scored = names.map { (name: $0, distance: distance(word, $0)) }
        guard let best = scored.min(by: { $0.distance < $1.distance }) else { return nil }
        return best.distance <= 2 && best.distance * 2 < max(word.count, 2) ? best.name : nil
    }

    /// Levenshtein edit distance (insertions, deletions, substitutions, each 1).
    static func distance(_ a: String, _ b: String) -> Int {
        let (x, y) = (Array(a), Array(b))
        var previous = Array(0...y.count)
        for i in 1...max(x.count, 1) where !x.isEmpty {
            var current = [i] + [Int](repeating: 0, count: y.count)
            for j in 1...max(y.count, 1) where !y.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return x.isEmpty ? y.count : previous[y.count]
    }
}
