extension FeatureDictionary {
    /// The descriptions as a plain-text table for a terminal: name, window, value without history, meaning.
    public static func textTable(_ descriptions: [FeatureDescription]) -> String {
        let header = ["feature", "window", "without history", "meaning"]
        let rows = descriptions.map { [$0.name, $0.window, $0.whenMissing, $0.meaning] }
        var widths = header.map(\.count)
        for row in rows { for (i, cell) in row.enumerated().dropLast() { widths[i] = max(widths[i], cell.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                i == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count)
            }.joined(separator: "  ")
        }
        let rule = widths.dropLast().map { String(repeating: "-", count: $0) } + [String(repeating: "-", count: 7)]
        return ([line(header), line(rule)] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}
