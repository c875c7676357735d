import Foundation
import Ingest
import Testing
@testable import Synthetic

/// The generated survey comments: valid UTF-8, quoted as RFC 4180 asks (read back through Ingest's reader and
/// through this target's own reader), in the planted language mix, present in every score category at the planted
/// rates, deterministic, and without any effect on the scores.
@Suite struct CommentBankTests {
    static let config = SyntheticConfig(customers: 6_000, seed: 13)
    static let dir: String = try! generate(config, name: "comments-clean")
    static let messyDir: String = {
        var c = config
        c.messy = true
        return try! generate(c, name: "comments-messy")
    }()

    /// Every comment field read by Ingest's `CSVReader` is valid UTF-8, is quoted exactly when it holds a comma,
    /// quote or line break, and equals what the independent reader (`ParsedCSV`) reads, in both layouts.
    @Test(arguments: [false, true]) func commentsReadBackThroughIngest(messy: Bool) throws {
        let folder = messy ? Self.messyDir : Self.dir
        let path = folder + "/" + ExportLayout.npsFile
        let independent = try readExport(folder, ExportLayout.npsFile).rows.map { $0["comment"]! }
        let reader = try CSVReader(path: path)
        let header = try #require(try reader.next())
        let names = (0..<header.count).map { header.string($0)! }
        let column = try #require(names.firstIndex(of: "comment"))
        var comments: [String] = []
        while let record = try reader.next() {
            #expect(record.count == names.count)
            let text = try #require(record.string(column), "comment on line \(record.line) is not UTF-8")
            let special = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            #expect(record.isQuoted(column) == special, "line \(record.line): \(text)")
            comments.append(text)
        }
        #expect(comments == independent)
        let written = comments.filter { !$0.isEmpty }
        #expect(written.count > 1_000)
        #expect(written.contains { $0.contains("\n") } && written.contains { $0.contains("\"") })
        #expect(written.contains { $0.contains("ü") || $0.contains("ä") || $0.contains("ö") })
        #expect(written.contains { ["fuer ", "aeuft", "ueber", "Aenderung", "zuverlaessig"].contains(where: $0.contains) })
        #expect(written.contains { $0.unicodeScalars.contains { $0.properties.isEmojiPresentation } })
    }

    /// Each region's writers follow `CommentRules.language`: shares within four binomial standard errors of the
    /// planted ones (ground_truth.json's `comments.languageByRegion`).
    @Test func languageMixFollowsTheRule() throws {
        let truth = try GroundTruth.load(from: Self.dir)
        var counts: [String: [CommentWriterLanguage: Int]] = [:]
        for i in 0..<truth.customerCount {
            let region = truth.customer(i).region
            let key = truth.comments.languageByRegion[region] == nil ? "other" : region
            counts[key, default: [:]][truth.commentLanguage(customer: i), default: 0] += 1
        }
        #expect(Set(counts.keys) == ["eu", "other"])
        for (key, byLanguage) in counts {
            let n = Double(byLanguage.values.reduce(0, +))
            for language in CommentWriterLanguage.allCases {
                let p = truth.comments.languageByRegion[key]![language.rawValue]!
                let observed = Double(byLanguage[language] ?? 0) / n
                #expect(abs(observed - p) <= 4 * (p * (1 - p) / n).squareRoot() + 1e-9, "\(key) \(language): \(observed) vs \(p)")
            }
        }
    }

    /// Every category has comments, at its planted rate (within four binomial standard errors).
    @Test func everyCategoryCommentsAtItsRate() throws {
        let truth = try GroundTruth.load(from: Self.dir)
        var responses = [0, 0, 0], withComment = [0, 0, 0]
        for row in try readExport(Self.dir, ExportLayout.npsFile).rows {
            let c = category(Int(row["score"]!)!)
            responses[c] += 1
            if !row["comment"]!.isEmpty { withComment[c] += 1 }
        }
        for (c, name) in ["detractor", "passive", "promoter"].enumerated() {
            let p = truth.comments.commentRate[name]!, n = Double(responses[c])
            let observed = Double(withComment[c]) / n
            #expect(withComment[c] > 100)
            #expect(abs(observed - p) <= 4 * (p * (1 - p) / n).squareRoot(), "\(name): \(observed) vs \(p)")
        }
    }

    /// Same configuration, other thread and chunk counts: byte-identical responses; and the comments never move
    /// a score: with no comments at all (commentShare 0) the customer, date and score columns are the same.
    @Test func commentsAreDeterministicAndLeaveScoresAlone() throws {
        let again = try generate(Self.config, threads: 1, chunkSize: 333, name: "comments-again")
        #expect(try bytes(again + "/" + ExportLayout.npsFile) == bytes(Self.dir + "/" + ExportLayout.npsFile))
        var silent = Self.config
        silent.model.survey.commentShare = 0
        let quiet = try generate(silent, name: "comments-none")
        let a = try readExport(Self.dir, ExportLayout.npsFile).rows, b = try readExport(quiet, ExportLayout.npsFile).rows
        #expect(a.count == b.count)
        #expect(zip(a, b).allSatisfy { $0["customer_id"] == $1["customer_id"] && $0["date"] == $1["date"] && $0["score"] == $1["score"] })
        #expect(b.allSatisfy { $0["comment"]!.isEmpty })
    }

    /// Both language tables read whole: every theme, the texts about none, the openers and the closers have texts
    /// in every tone, none blank or with spare spaces, and a `\n` in a table is a line break. The first and last
    /// texts of each table and the line-break text are copied from the bank as it was written before the tables
    /// (Swift array literals, commit af86d2b).
    @Test func languageTablesReadWhole() throws {
        for language in [CommentWriterLanguage.english, .german] {
            let texts = CommentBank.texts(language)
            var kinds = [texts.generic, texts.openers, texts.closers]
            for theme in CommentTheme.allCases { kinds.append(try #require(texts.themed[theme], "\(theme)")) }
            for kind in kinds {
                for tone in CommentTone.allCases {
                    #expect(!kind.texts(tone).isEmpty)
                    #expect(kind.texts(tone).allSatisfy { $0 == $0.trimmingCharacters(in: .whitespaces) && !$0.isEmpty })
                    #expect(kind.texts(tone).allSatisfy { !$0.contains("\\") })
                }
            }
        }
        let english = CommentBank.texts(.english), german = CommentBank.texts(.german)
        #expect(english.themed[.price]?.positive.first == "Worth every cent.")
        #expect(english.closers.negative.last == "Not renewing.")
        #expect(german.themed[.price]?.positive.first == "Preis-Leistung stimmt absolut.")
        #expect(german.closers.negative.last == "Wir verlängern nicht.")
        #expect(english.themed[.onboarding]?.positive.first == "Onboarding was smooth.\nThe team knew our setup.")
    }
}

/// 0 detractor (0–6), 1 passive (7–8), 2 promoter (9–10).
func category(_ score: Int) -> Int { score >= 9 ? 2 : (score >= 7 ? 1 : 0) }
