import Testing

/// Every command's `--help` (issue 4): an example to copy, and text that reads as paragraphs in 80 columns.
@Suite struct HelpTests {
    static let commands: [[String]] = [[], ["generate"], ["features"], ["train"], ["evaluate"], ["score"],
                                       ["forecast"], ["report"], ["fit"], ["fit", "linear"], ["fit", "logistic"]]

    @Test(arguments: commands)
    func helpShowsAnExampleInEightyColumns(_ command: [String]) throws {
        let r = try CLIRunner.run(command + ["--help"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        // An example: a heading, then the command itself.
        #expect(lines.contains { $0.hasPrefix("Example") || $0.hasPrefix("From exports") })
        #expect(lines.contains { $0.hasPrefix("  churncast \((command.first ?? ""))") })
        // An example line either continues with `\` onto an indented line or is followed by a blank line or the
        // next example: a line that breaks elsewhere was wrapped by the help formatter (too long), as is every
        // line longer than 80 columns. (argument-parser's own USAGE line is left as it prints it.)
        for (line, next) in zip(lines, lines.dropFirst()) where line.hasPrefix("  churncast") || line.hasPrefix("    --") {
            #expect(line.hasSuffix("\\") ? next.hasPrefix("    --") : (next.isEmpty || next.hasPrefix("  churncast")),
                    "example broken after: \(line)")
        }
        for line in lines where !line.hasPrefix("USAGE:") { #expect(line.count <= 80, "too long: \(line)") }
    }
}
