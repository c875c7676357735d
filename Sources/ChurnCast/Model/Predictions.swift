import LinearAlgebra
import Models

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
        let eta = score.predict(x)
        var expected = [Double](repeating: 0, count: x.rows)
        var promoter = expected, detractor = expected
        for i in 0..<x.rows {
            let probabilities = calibration.probabilities(predicted: eta[i])
            expected[i] = min(10, max(0, eta[i]))
            promoter[i] = probabilities.promoter
            detractor[i] = probabilities.detractor
        }
        self.init(churnProbability: churn.probability(x), expectedScore: expected, promoterProbability: promoter,
                  detractorProbability: detractor, design: x)
    }

    /// Churn probabilities alone, for a model trained without an NPS export: the score columns are NaN.
    init(design x: Matrix, churn: LinearPredictor) {
        let none = [Double](repeating: .nan, count: x.rows)
        self.init(churnProbability: churn.probability(x), expectedScore: none, promoterProbability: none,
                  detractorProbability: none, design: x)
    }
}
