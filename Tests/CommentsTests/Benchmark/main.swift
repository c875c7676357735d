// Times `CommentTable.write` on a million comments (the labelled set's texts, repeated with a varying suffix so
// words repeat as in real exports). Not a test: run `bash Tests/CommentsTests/Benchmark/time-comments.sh`.
import Comments
import Foundation
import Support
#if canImport(Glibc)
import Glibc
#endif

let csvPath = CommandLine.arguments[1]
let count = Int(CommandLine.arguments[2]) ?? 1_000_000
let text = try! String(contentsOfFile: csvPath, encoding: .utf8)
var bank: [String] = []
for line in text.split(separator: "\n").dropFirst() {
    // The text column: quoted or up to the first comma.
    if line.first == "\"", let end = line.dropFirst().firstIndex(of: "\"") {
        bank.append(String(line[line.index(after: line.startIndex)..<end]))
    } else {
        bank.append(String(line.split(separator: ",", omittingEmptySubsequences: false)[0]))
    }
}
let suffixes = ["", " Danke.", " Thanks!", " 👍", " Kunde seit 2019.", " Customer #", " …"]
let responses = (0..<count).map { i in
    CommentResponse(customerID: "C\(i)", date: "2026-09-30", score: i % 11,
                    comment: bank[i % bank.count] + suffixes[(i / bank.count) % suffixes.count] + (i % 13 == 0 ? "\(i % 977)" : ""))
}
let analyzer = try! CommentAnalyzer()
let start = PhaseTimer.now()
var rows = 0
try! AtomicFile.write(to: "/tmp/cc-comments-bench.csv") { sink in
    rows = try CommentTable.write(responses, analyzer: analyzer, to: &sink, threads: Parallelism.threads)
}
let seconds = PhaseTimer.now() - start
print("\(rows) comments analysed and written in \(String(format: "%.2f", seconds)) s "
      + "(\(Parallelism.threads) threads): \(Int(Double(rows) / seconds)) comments/s")
