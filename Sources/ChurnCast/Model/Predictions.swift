import LinearAlgebra
import Models
import Support

/// Per-row predictions of a trained model on a feature table built with the model's own encoding.
public struct Predictions: Sendable {
    public var churnProbability: [Double]
    /// Expected next-period score, clamped to 0…10.
    public var expectedScore: [Double]
    public var promoterProbability: [Double]
    public var detractorProbability: [Double]
    /// The standardised design (rows × used features), kept for explanations.
    public var design: Matrix

    public init(churnProbability: [Double], expectedScore: [Double], promoterProbability: [Double],
                detractorProbability: [Double], design: Matrix) {
        self.churnProbability = churnProbability
        self.expectedScore = expectedScore
        self.promoterProbability = promoterProbability
        self.detractorProbability = detractorProbability
        self.design = design
    }

    /// The predictions of the two fitted predictors for the standardised design `x`: churn probabilities, and
    /// the next score (clamped to 0…10) with its promoter/detractor probabilities read from `calibration` at the
    /// unclamped prediction.
    init(design x: Matrix, churn: LinearPredictor, score: LinearPredictor, calibration: ScoreCategoryCalibration) {
        self.init(design: x, churnProbability: churn.probability(x), score: score, calibration: calibration)
    }

    /// The same with the churn probabilities already computed (`churn.probability(x)`, as training has them).
    init(design x: Matrix, churnProbability: [Double], score: LinearPredictor,
         calibration: ScoreCategoryCalibration) {
        precondition(churnProbability.count == x.rows, "one churn probability per row")
        let eta = score.predict(x)
        var expected = [Double](repeating: 0, count: x.rows)
        var promoter = expected, detractor = expected
        // Each row on its own: the rows' ranges share `CHURNCAST_THREADS` threads.
        expected.withUnsafeMutableBufferPointer { e in
            promoter.withUnsafeMutableBufferPointer { p in
                detractor.withUnsafeMutableBufferPointer { d in
                    let (e, p, d) = (e.baseAddress, p.baseAddress, d.baseAddress)  // nil only when empty
                    Parallelism.forEachRange(x.rows) { rows in
                        for i in rows {
                            let probabilities = calibration.probabilities(predicted: eta[i])
                            e![i] = min(10, max(0, eta[i]))
                            p![i] = probabilities.promoter
                            d![i] = probabilities.detractor
                        }
                    }
                }
            }
        }
        self.init(churnProbability: churnProbability, expectedScore: expected, promoterProbability: promoter,
                  detractorProbability: detractor, design: x)
    }

    /// Churn probabilities alone, for a model trained without an NPS export: the score columns are NaN.
    init(design x: Matrix, churn: LinearPredictor) {
        let none = [Double](repeating: .nan, count: x.rows)
        self.init(churnProbability: churn.probability(x), expectedScore: none, promoterProbability: none,
                  detractorProbability: none, design: x)
    }
}
