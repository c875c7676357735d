@testable import Comments

/// Accuracy figures of the analyzer on a set of labelled comments: sentiment accuracy and per-class precision and
/// recall (overall and per language), language detection accuracy, and theme precision and recall (micro-averaged
/// over theme labels).
struct Scorecard {
    var rows: [(label: LabelledComment, got: CommentAnalysis)]

    init(_ set: ArraySlice<LabelledComment>, analyzer: CommentAnalyzer) {
        rows = set.map { ($0, analyzer.analyze($0.text)) }
    }

    func sentimentAccuracy(language: CommentLanguage? = nil) -> (correct: Int, total: Int) {
        let r = rows.filter { language == nil || $0.label.language == language }
        return (r.filter { $0.label.sentiment == $0.got.sentiment }.count, r.count)
    }

    /// Precision and recall of one sentiment class (nil where undefined), optionally within one labelled language.
    func classFigures(_ c: Sentiment, language: CommentLanguage? = nil) -> (precision: Double?, recall: Double?,
                                                                             support: Int) {
        let r = rows.filter { language == nil || $0.label.language == language }
        let predicted = r.filter { $0.got.sentiment == c }.count
        let actual = r.filter { $0.label.sentiment == c }.count
        let hit = r.filter { $0.got.sentiment == c && $0.label.sentiment == c }.count
        return (predicted == 0 ? nil : Double(hit) / Double(predicted),
                actual == 0 ? nil : Double(hit) / Double(actual), actual)
    }

    var languageAccuracy: (correct: Int, total: Int) {
        (rows.filter { $0.label.language == $0.got.language }.count, rows.count)
    }

    var themeFigures: (precision: Double, recall: Double, found: Int, labelled: Int) {
        var hit = 0, found = 0, labelled = 0
        for (label, got) in rows {
            let g = Set(got.themes)
            hit += g.intersection(label.themes).count
            found += g.count
            labelled += label.themes.count
        }
        return (Double(hit) / Double(max(found, 1)), Double(hit) / Double(max(labelled, 1)), found, labelled)
    }

    /// Recall of each theme label.
    func themeRecall(_ theme: String) -> (hit: Int, total: Int) {
        let r = rows.filter { $0.label.themes.contains(theme) }
        return (r.filter { $0.got.themes.contains(theme) }.count, r.count)
    }

    /// A markdown table of the figures, for ACCURACY.md and the test log.
    func table(title: String) -> String {
        func pct(_ x: Double?) -> String { x.map { String(format: "%.2f", $0) } ?? "–" }
        func ratio(_ p: (correct: Int, total: Int)) -> String {
            p.total == 0 ? "–" : String(format: "%.2f (%d/%d)", Double(p.correct) / Double(p.total), p.correct, p.total)
        }
        var out = "### \(title)\n\n| | all | English | German |\n|---|---|---|---|\n"
        out += "| sentiment accuracy | \(ratio(sentimentAccuracy())) | \(ratio(sentimentAccuracy(language: .english))) "
            + "| \(ratio(sentimentAccuracy(language: .german))) |\n"
        for c in Sentiment.allCases {
            let cells = [nil, CommentLanguage.english, .german].map { l -> String in
                let f = classFigures(c, language: l)
                return "P \(pct(f.precision)) / R \(pct(f.recall)) (n=\(f.support))"
            }
            out += "| \(c.rawValue): precision / recall | " + cells.joined(separator: " | ") + " |\n"
        }
        out += "\nLanguage detection accuracy: \(ratio(languageAccuracy)).  \n"
        let t = themeFigures
        out += String(format: "Themes: precision %.2f, recall %.2f (%d found, %d labelled).  \n", t.precision,
                      t.recall, t.found, t.labelled)
        out += "Recall per theme: " + Theme.builtIn.map { theme -> String in
            let r = themeRecall(theme.name)
            return "\(theme.name) \(r.hit)/\(r.total)"
        }.joined(separator: ", ") + ".\n"
        return out
    }

    /// The rows the analyzer got wrong, for tuning on the dev rows.
    var mistakes: String {
        rows.filter { $0.label.sentiment != $0.got.sentiment || $0.label.language != $0.got.language
            || Set($0.got.themes) != $0.label.themes }
        .map { "\($0.label.row): \($0.label.text) | want \($0.label.language.rawValue) \($0.label.sentiment.rawValue) "
            + "\($0.label.themes.sorted()) | got \($0.got.language.rawValue) \($0.got.sentiment.rawValue) "
            + "\($0.got.sentimentScore) \($0.got.themes)" }
        .joined(separator: "\n")
    }
}
