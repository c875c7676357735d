/// How λ was chosen out of time: fitted on earlier snapshots, validated on the latest training snapshot, with
/// the validation customers kept out of the fit; and, at the chosen λ, what each feature family adds there.
/// Recorded in the model file: the churn section's `l2_validation` (these fields, snake_case) and `l2_choice` (`text`).
public struct TemporalValidation: Codable, Sendable, Equatable {
    public struct Candidate: Codable, Sendable, Equatable {
        public var lambda: Double
        public var logLoss: Double
        public var auc: Double
    }

    /// A family's validation AUC when the model is fitted without it.
    public struct FamilyFigure: Codable, Sendable, Equatable {
        public var family: String
        public var aucWithout: Double
    }

    public var fitSnapshots: String
    public var validationSnapshot: String
    public var fitRows: Int
    public var validationRows: Int
    public var candidates: [Candidate]
    public var chosen: Candidate
    public var families: [FamilyFigure]

    /// One line for the model file and `train`'s summary.
    var text: String {
        func f(_ x: Double) -> String { String(format3: x) }
        let grid = candidates.map { "λ=\($0.lambda): log loss \(f($0.logLoss)), AUC \(f($0.auc))" }
        let without = families.map { "\($0.family) \(f($0.aucWithout)) (\($0.aucWithout <= chosen.auc ? "helps" : "does not help"))" }
        return "temporal validation grouped by customer: fitted on \(fitSnapshots) (\(fitRows) rows), validated on "
            + "\(validationSnapshot) (\(validationRows) rows of other customers); chosen λ = \(chosen.lambda) "
            + "(the default unless another beats it by more than a standard error) "
            + "(held-out log loss \(f(chosen.logLoss)), AUC \(f(chosen.auc))); " + grid.joined(separator: "; ")
            + "; validation AUC without each family: " + without.joined(separator: ", ")
    }
}

extension String {
    /// `x` with three decimals (no Foundation formatting in the library core).
    init(format3 x: Double) {
        let r = (x * 1000).rounded() / 1000
        var s = String(r)
        if let dot = s.firstIndex(of: ".") {
            let decimals = s.distance(from: dot, to: s.endIndex) - 1
            if decimals < 3 && !s.contains("e") { s += String(repeating: "0", count: 3 - decimals) }
        }
        self = s
    }
}
