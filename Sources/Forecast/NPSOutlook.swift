/// The model's expectation of next period's NPS for one group of customers, how much the actual NPS will scatter
/// around it from survey sampling alone, and the same expectations summed over last period's answers (for the
/// composition anchor of `NPSForecaster`).
public struct OutlookFigures: Codable, Sendable, Equatable {
    /// n = Σ wᵢ, wᵢ = stayᵢ × respondᵢ.
    public var expectedRespondents: Double
    /// p₊ = Σ wᵢ P(promoterᵢ) / n and p₋ likewise.
    public var promoterShare: Double
    public var detractorShare: Double
    /// M = 100 × (p₊ − p₋): the model's level.
    public var nps: Double
    /// Variance (NPS points²) of next period's actual NPS around `nps` if the model is right: each customer answers
    /// with probability wᵢ and then scores +1/0/−1; linearising the ratio NPS = Σ answers / Σ respondents gives
    ///
    /// ```
    /// Var = 100² · [n · (p₊ + p₋ − μ²) − Σ wᵢ² (dᵢ − μ)²] / n²      μ = p₊ − p₋, dᵢ = P(promoterᵢ) − P(detractorᵢ)
    /// ```
    ///
    /// The first term is the multinomial formula (p₊ + p₋ − (p₊ − p₋)²) / n; the second, a finite-population
    /// correction, matters only when customers with different outlooks answer with high probability.
    public var samplingVariance: Double
    /// Last period's answers by these customers: a = Σ lastAnswersᵢ.
    public var lastAnswers: Int
    /// L = 100 × Σ lastAnswersᵢ dᵢ / a: the model's current expectations averaged over last period's answers.
    public var lastModelNPS: Double
    /// Σ lastNetᵢ dᵢ / a and Σ lastAnswersᵢ dᵢ² / a, for the variance of the composition anchor.
    public var lastCross: Double
    public var lastSquare: Double
}

/// Sums the customers' outlooks into the input of `NPSForecaster`, overall and per segment.
public enum NPSOutlook {
    /// - Parameter labels: the segmentation's labels; `customer.segment` indexes them.
    /// - Complexity: O(customers).
    public static func aggregate(_ customers: [CustomerOutlook], labels: [String] = []) -> BySegment<OutlookFigures> {
        var sums = [Sums](repeating: Sums(), count: labels.count + 1)  // last = overall
        for c in customers {
            sums[labels.count].add(c)
            if c.segment >= 0 {
                precondition(Int(c.segment) < labels.count, "segment index out of range")
                sums[Int(c.segment)].add(c)
            }
        }
        return BySegment(overall: sums[labels.count].figures, labels: labels,
                         segments: sums[..<labels.count].map(\.figures))
    }

    struct Sums {
        var w = 0.0, wp = 0.0, wd = 0.0, w2 = 0.0, w2d = 0.0, w2dd = 0.0
        var a = 0, ad = 0.0, netd = 0.0, add = 0.0

        mutating func add(_ c: CustomerOutlook) {
            let weight = c.weight, d = c.expectedNet
            w += weight
            wp += weight * c.promoter
            wd += weight * c.detractor
            w2 += weight * weight
            w2d += weight * weight * d
            w2dd += weight * weight * d * d
            if c.lastAnswers > 0 {
                a += c.lastAnswers
                ad += Double(c.lastAnswers) * d
                netd += Double(c.lastNet) * d
                add += Double(c.lastAnswers) * d * d
            }
        }

        var figures: OutlookFigures {
            let last = a > 0 ? (100 * ad / Double(a), netd / Double(a), add / Double(a)) : (0, 0, 0)
            guard w > 0 else {
                return OutlookFigures(expectedRespondents: 0, promoterShare: 0, detractorShare: 0, nps: 0,
                                      samplingVariance: 0, lastAnswers: a, lastModelNPS: last.0, lastCross: last.1,
                                      lastSquare: last.2)
            }
            let p = wp / w, q = wd / w, mu = p - q
            // Σ wᵢ²(dᵢ − μ)² expanded so one pass suffices.
            let correction = max(0, w2dd - 2 * mu * w2d + mu * mu * w2)
            let variance = max(0, w * (p + q - mu * mu) - correction) / (w * w)
            return OutlookFigures(expectedRespondents: w, promoterShare: p, detractorShare: q, nps: 100 * mu,
                                  samplingVariance: 10_000 * variance, lastAnswers: a, lastModelNPS: last.0,
                                  lastCross: last.1, lastSquare: last.2)
        }
    }
}
