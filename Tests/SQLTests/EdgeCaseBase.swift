import Foundation

/// A small hand-planned base for the SQL differential tests, written into a temporary folder: 80 customers whose
/// rows sit on the edges the SQL must get exactly like `SnapshotBuilder` at T = 2025-06-30, H = 90:
/// - churn on T (not in the snapshot), on T + H (churned) and on T + H + 1 (not churned); signup on T (tenure 0);
/// - same-day NPS responses with fractional means (7.5 passive, 6.5 detractor, 8.5 passive) and responses on T
///   and on T + H; one response only (no trend); none at all;
/// - engagement on T − 30 and T − 90 (outside their windows), T − 29 and T − 89 (inside), after T (ignored),
///   before signup (counted), rows of zeros (no "last day"), two rows on one day;
/// - text levels: two frequent, one rare ("c", pooled), a level literally named "other", blanks; a numeric
///   attribute with empty values (median fill and a `_missing` indicator).
enum EdgeCaseBase {
    static func write() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cc-sql-edges").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var customers = ["customer_id,signup_date,churn_date,plan,fee"]
        var nps = ["customer_id,date,score,comment"]
        var engagement = ["customer_id,date,likes,shares,comments,dms"]
        let plans = Array(repeating: "a", count: 40) + Array(repeating: "b", count: 25)
            + ["c", "c", "c", "other", "other", "", "", "", "a", "b", "a", "b", "a", "b", "a"]
        for i in 0..<80 {
            let id = String(format: "E%03d", i)
            let signup = i == 5 ? "2025-06-30" : i % 3 == 0 ? "2024-01-15" : "2025-02-01"
            let churn = [1: "2025-06-30", 2: "2025-09-28", 3: "2025-09-29", 4: "2025-07-15"][i] ?? ""
            let fee = i % 7 == 0 ? "" : String(format: "%.2f", 10 + Double(i) * 1.37)
            customers.append("\(id),\(signup),\(churn),\(plans[i]),\(fee)")
            switch i % 6 {
            case 0: nps += ["\(id),2025-03-01,7,", "\(id),2025-03-01,8,", "\(id),2025-05-10,6,\"late, \"\"slow\"\"\"",
                            "\(id),2025-05-10,7,", "\(id),2025-06-30,9,"]
            case 1: nps += ["\(id),2024-12-01,10,", "\(id),2025-04-01,8,", "\(id),2025-04-01,9,", "\(id),2025-09-28,3,"]
            case 2: nps += ["\(id),2025-06-01,4,", "\(id),2025-07-01,9,", "\(id),2025-07-01,10,"]
            case 3: nps += ["\(id),2023-01-01,2,", "\(id),2025-06-29,10,", "\(id),2025-09-29,5,"]
            case 4: nps += ["\(id),2025-01-10,6,", "\(id),2025-02-10,7,", "\(id),2025-02-10,6,", "\(id),2025-06-15,0,"]
            default: break
            }
            switch i % 5 {
            case 0: engagement += ["\(id),2025-05-31,5,1,0,0", "\(id),2025-06-01,2,0,1,0", "\(id),2025-04-01,9,9,9,9",
                                   "\(id),2025-04-02,1,0,0,3", "\(id),2025-07-01,50,0,0,0"]
            case 1: engagement += ["\(id),2023-06-01,1,0,0,0", "\(id),2025-06-30,0,0,0,0", "\(id),2025-06-20,0,0,0,0"]
            case 2: engagement += ["\(id),2025-06-30,1,1,1,1", "\(id),2025-06-30,2,0,0,1", "\(id),2025-03-15,7,0,0,0"]
            case 3: engagement += ["\(id),2025-06-10,0,0,0,0"]
            default: break
            }
        }
        for (name, lines) in [("customers.csv", customers), ("nps_responses.csv", nps), ("engagement.csv", engagement)] {
            try (lines.joined(separator: "\n") + "\n").write(toFile: "\(dir)/\(name)", atomically: false, encoding: .utf8)
        }
        return dir
    }
}
