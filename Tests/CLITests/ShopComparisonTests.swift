import Foundation
import Ingest
import Synthetic
import Testing
import TestSupport

/// Issue 14, item 5: on generated shop bases, ChurnCast against the two established models for "no purchase in the
/// next H days", both computed in the same test by scripts/reference/shop_baselines.py on the same base, as-of date
/// and customers: an RFM logistic regression (scikit-learn; recency, frequency, monetary, tenure, trained at T − H)
/// and BG/NBD (the `lifetimes` package, Fader, Hardie & Lee 2005; its score is the expected purchases in the horizon,
/// as the issue names it). ChurnCast trains on the four quarter ends whose labels are complete by T, scores at T,
/// and must beat both on ROC-AUC with an ECE (10 equal-count bins, its own CalibrationTable's) below 0.02; it is
/// also held against BG/NBD's P(no purchase in H), lifetimes' stronger score on every base here. Where it does not
/// yet, the test says so as a known issue (`known:`), with the figures beside the call and in Benchmarks/RESULTS.md;
/// every figure is printed on each run.
///
/// The bases, chosen before any figure was seen and not changed since:
/// - the standard `ShopModel` (seasonal, dropout after each order driven by its delivery experience, a background
///   hazard, attributes with effects, signup dates, an NPS survey) — `churncast generate --kind shop`;
/// - the BG/NBD process itself with the parameters Fader, Hardie & Lee (2005) published for CDNOW (r = 0.243,
///   α = 4.414 weeks, a = 0.793, b = 2.426): Gamma purchase rates, dropout with p ~ Beta(a, b) after each repeat
///   purchase only, no seasonality, attributes without effect, no signup dates, no survey — the model BG/NBD
///   assumes, so its home ground;
/// - the Pareto/NBD process (death at any time, also before a repeat purchase) with the parameters Fader, Hardie &
///   Lee (2005) give for CDNOW, written by the reference script itself (`--write-pareto-nbd`; added 2026-12-06 with
///   the BG/NBD terms of the activity features, its process and parameters fixed before any figure was seen).
///
/// Needs python3 with numpy, pandas, scikit-learn and lifetimes (scripts/test.sh installs them); skipped without
/// them, except under CI (the `CI` environment variable set), where a missing package fails.
@Suite(.serialized) struct ShopComparisonTests {
    static let isCI = !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty
    static let script = CLIRunner.repositoryRoot.appendingPathComponent("scripts/reference/shop_baselines.py").path
    static let horizon = 180
    /// The as-of date scored: the last quarter end whose 180 days lie inside the history (… 2026-09-30).
    static let asOf = "2026-03-31"
    /// Training snapshots: the quarter ends 2024-12-31 … 2025-09-30, whose labels end by `asOf`.
    static let trainFrom = "2024-12-31", trainTo = "2025-09-30"
    static let customers = 10_000

    /// Nil when python3 and every package are there, else what is missing.
    static let missingPackages = Python.missing(["numpy", "pandas", "sklearn", "lifetimes"])

    /// One model's figures on the scored customers.
    struct Figures {
        var auc: Double
        var ece: Double?
    }

    /// Trains and scores ChurnCast on `dir`, runs the baselines script with its scores; the figures by model name.
    static func compare(_ dir: String) throws -> [String: Figures] {
        let model = dir + "/model.json", scores = dir + "/scores.csv", figures = dir + "/figures.json"
        let train = try CLIRunner.run(["train", "--data", dir, "--from", trainFrom, "--to", trainTo, "--every", "quarter",
                                       "--horizon", "\(horizon)", "--model", model], timeLimit: 900)
        try #require(train.status == 0, "train: \(train.stderr)")
        let score = try CLIRunner.run(["score", "--model", model, "--data", dir, "--as-of", asOf, "--out", scores],
                                      timeLimit: 600)
        try #require(score.status == 0, "score: \(score.stderr)")
        let r = try Python.run([script, dir, "--as-of", asOf, "--horizon", "\(horizon)", "--scores", scores,
                            "--json", figures])
        try #require(r.status == 0, "shop_baselines.py: \(r.output)")
        print(r.output)
        let data = try #require(FileManager.default.contents(atPath: figures))
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let results = try #require(report["results"] as? [[String: Any]])
        var out: [String: Figures] = [:]
        for result in results {
            guard let name = result["model"] as? String, let auc = result["roc_auc"] as? Double else { continue }
            let key = name.hasPrefix("scores:") ? "churncast" : name
            out[key] = Figures(auc: auc, ece: result["ece_equal_count"] as? Double)
            if key == "churncast" { #expect((result["coverage"] as? Double ?? 0) > 0.999, "ChurnCast scored too few") }
        }
        return out
    }

    /// The three requirements of the issue; `known` names those ChurnCast does not meet yet on this base (recorded
    /// as known issues, so that the test says so and fails once one is met without being taken off the list).
    enum Check: CaseIterable { case beatsRFM, beatsBGNBD, beatsBGNBDNoPurchase, calibrated }

    /// ChurnCast's AUC above RFM logistic's and BG/NBD's expected purchases' and P(no purchase)'s, its ECE below 0.02.
    static func expectBeatsBaselines(_ f: [String: Figures], base: String, known: Set<Check>) throws {
        let cc = try #require(f["churncast"]), rfm = try #require(f["rfm_logistic"])
        let bg = try #require(f["bgnbd_expected_purchases"]), p0 = try #require(f["bgnbd_p_no_purchase"])
        for check in Check.allCases {
            let (met, what): (Bool, String)
            switch check {
            case .beatsRFM: (met, what) = (cc.auc > rfm.auc, "ChurnCast AUC \(cc.auc) vs RFM logistic \(rfm.auc)")
            case .beatsBGNBD: (met, what) = (cc.auc > bg.auc, "ChurnCast AUC \(cc.auc) vs BG/NBD expected purchases \(bg.auc)")
            case .beatsBGNBDNoPurchase:
                (met, what) = (cc.auc > p0.auc, "ChurnCast AUC \(cc.auc) vs BG/NBD P(no purchase) \(p0.auc)")
            case .calibrated: (met, what) = ((cc.ece ?? 1) < 0.02, "ChurnCast ECE \(cc.ece ?? .nan), required below 0.02")
            }
            if known.contains(check) {
                withKnownIssue("\(base): not met yet (Benchmarks/RESULTS.md, 'A shop without cancellations')") {
                    #expect(met, "\(base): \(what)")
                }
            } else {
                #expect(met, "\(base): \(what)")
            }
        }
    }

    static var enabled: Bool { isCI || missingPackages == nil }

    static func requirePackages() -> Bool {
        guard let missing = missingPackages else { return true }
        Issue.record("CI is set but python3 packages are missing: \(missing) (scripts/test.sh installs them)")
        return false
    }

    static let needs: Comment = "needs python3 with numpy, pandas, scikit-learn, lifetimes (see scripts/test.sh)"

    /// Writes a base into a fresh folder with `make`, then compares there.
    static func check(_ base: String, known: Set<Check>, make: (String) throws -> Void) throws {
        guard requirePackages() else { return }
        let dir = TemporaryDirectory("cc-shop-comparison")
        let folder = dir.file("base")
        try withExtendedLifetime(dir) {
            try make(folder)
            try expectBeatsBaselines(try compare(folder), base: base, known: known)
        }
    }

    // 2026-12-06: AUC 0.9715 against RFM 0.9683 and BG/NBD 0.9660 (P(no purchase) 0.9707), ECE 0.0081 (0.9700 /
    // 0.0142 before BG/NBD's terms with a shrunk rate; 0.9650 / 0.0221 before frequency and log tenure).
    @Test(.enabled(if: enabled, needs)) func standardShopModel() throws {
        try Self.check("standard shop", known: []) { out in
            let generated = try CLIRunner.run(["generate", "--kind", "shop", "--count", "\(Self.customers)",
                                               "--seed", "141", "--out", out], timeLimit: 300)
            try #require(generated.status == 0, "\(generated.stderr)")
        }
    }

    /// The BG/NBD process with CDNOW's published parameters, in days (α = 4.414 weeks · 7), as a `ShopModel`: no
    /// dropout after the first purchase (firstOrderDropout −20: σ(·) below 1e-8), none from experience or
    /// background, every month factor 1, attribute levels without effects.
    static let bgnbdWorld: ShopModel = {
        var m = ShopModel.standard
        m.segments = m.segments.map { ShopLevel(name: $0.name, share: $0.share) }
        m.acquisitions = m.acquisitions.map { ShopLevel(name: $0.name, share: $0.share) }
        m.countries = m.countries.map { ShopLevel(name: $0.name, share: $0.share) }
        m.rateShape = 0.243
        m.meanRate = 0.243 / (4.414 * 7)
        m.dropoutA = 0.793
        m.dropoutB = 2.426
        m.firstOrderDropout = -20
        m.experienceEffect = 0
        m.badDeliveryRate = 0
        m.backgroundHazard = 0
        m.monthFactors = Array(repeating: 1, count: 12)
        return m
    }()

    // 2026-12-06: AUC 0.8062 against RFM 0.7849 and BG/NBD 0.8107 (P(no purchase) 0.8123), on its own model; ECE
    // 0.0101 (0.8035 / 0.0109 before BG/NBD's terms with a shrunk rate; 0.7965 / 0.0141 before frequency and tenure).
    @Test(.enabled(if: enabled, needs)) func bgnbdProcessWithCDNOWParameters() throws {
        try Self.check("BG/NBD process, CDNOW parameters", known: [.beatsBGNBD, .beatsBGNBDNoPurchase]) { out in
            try ShopGenerator.write(ShopConfig(customers: Self.customers, seed: 142, surveyShare: 0, signupDates: false,
                                               model: Self.bgnbdWorld), to: out)
        }
    }

    // 2026-12-06: AUC 0.8892 against RFM 0.8765 and BG/NBD 0.8886 (P(no purchase) 0.8912), ECE 0.0094 (0.8859 /
    // 0.0127 before BG/NBD's terms with a shrunk rate).
    @Test(.enabled(if: enabled, needs)) func paretoNBDProcessWithCDNOWParameters() throws {
        try Self.check("Pareto/NBD process, CDNOW parameters", known: [.beatsBGNBDNoPurchase]) { out in
            let r = try Python.run([Self.script, out, "--write-pareto-nbd", "\(Self.customers)", "--seed", "143"])
            try #require(r.status == 0, "shop_baselines.py --write-pareto-nbd: \(r.output)")
        }
    }
}
