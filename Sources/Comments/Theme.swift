/// A theme: a name and the entries (words, phrases, stems) that name it. Entries are kept as written.
public struct Theme: Equatable, Sendable {
    public var name: String
    public var entries: [String]

    public init(name: String, entries: [String]) {
        self.name = name
        self.entries = entries
    }

    /// The ten built-in themes in their order, with English and German entries (`ThemeLexicon`).
    public static let builtIn: [Theme] = {
        var order: [String] = []
        var entries: [String: [String]] = [:]
        for line in ThemeLexicon.text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingWhitespace
            if entries[name] == nil { order.append(name) }
            let words = line[line.index(after: colon)...].split(separator: ",").map { $0.trimmingWhitespace }
            entries[name, default: []] += words.filter { !$0.isEmpty }
        }
        return order.map { Theme(name: $0, entries: entries[$0]!) }
    }()
}
