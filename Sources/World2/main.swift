// cc-world2: a test helper, not part of the product. Writes the second synthetic world (`SecondWorld` in
// Tests/TestSupport) to a folder, for scripts/worlds.sh and for trying ChurnCast on data from another mechanism.
//
//     cc-world2 --customers N --seed S --out DIR [--start YYYY-MM-DD] [--days D]
//               [--shock PLAN:YYYY-MM-DD:DROP]
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import TestSupport

func fail(_ message: String) -> Never {
    fputs("cc-world2: \(message)\nusage: cc-world2 --customers N --seed S --out DIR [--start YYYY-MM-DD] [--days D] [--shock PLAN:YYYY-MM-DD:DROP]\n", stderr)
    exit(64)
}

var options: [String: String] = [:]
var rest = CommandLine.arguments.dropFirst()
while let name = rest.popFirst() {
    guard ["--customers", "--seed", "--out", "--start", "--days", "--shock"].contains(name), let value = rest.popFirst()
    else { fail("unknown option or missing value: \(name)") }
    options[name] = value
}
guard let customers = options["--customers"].flatMap({ Int($0) }), let seed = options["--seed"].flatMap({ UInt64($0) }),
      let out = options["--out"] else { fail("--customers, --seed and --out are required") }
var config = SecondWorldConfig(customers: customers, seed: seed)
if let text = options["--start"] {
    guard let start = WorldDate(iso: text) else { fail("--start: not a date: \(text)") }
    config.start = start
}
if let text = options["--days"] {
    guard let days = Int(text) else { fail("--days: not a number: \(text)") }
    config.days = days
}
if let text = options["--shock"] {
    let parts = text.split(separator: ":").map(String.init)
    guard parts.count == 3, let date = WorldDate(iso: parts[1]), let drop = Double(parts[2]) else {
        fail("--shock: expected PLAN:YYYY-MM-DD:DROP, got \(text)")
    }
    config.shock = SecondWorldShock(plan: parts[0], date: date, moodDrop: drop)
}
do {
    let truth = try SecondWorld.write(config, to: out)
    print("quarter      active  churned  answers     NPS  " + truth.quarters[0].answersByPlan.keys.sorted().joined(separator: "  "))
    for q in truth.quarters {
        let plans = q.answersByPlan.keys.sorted().map { String(format: "%+.1f", q.answersByPlan[$0]!.nps ?? .nan) }
        print(String(format: "%@  %6d  %7d  %7d  %+6.1f  ", q.start.iso, q.activeAtStart, q.churned,
                     q.answers.responses, q.answers.nps ?? .nan) + plans.joined(separator: "  "))
    }
} catch {
    fail("\(error)")
}
