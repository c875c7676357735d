@testable import Forecast
import TestSupport

/// A synthetic customer base whose truth is known, for coverage simulations: each customer has a mean score mᵢ
/// (latent, normal on the 0–10 scale with SD `scoreSD`), a chance to stay and a chance to answer. A period's answers
/// are drawn from exactly these probabilities (a customer who leaves during the period does not answer), so the
/// only differences between forecast and actual are the ones a test plants.
struct SyntheticSurvey {
    var meanScore: [Double]
    var stay: [Double]
    var respond: [Double]
    var segment: [Int32]
    let scoreSD = 1.8

    init(customers: Int, segments: Int = 0, using g: inout SeededGenerator) {
        meanScore = (0..<customers).map { _ in g.normal(mean: 7.6, sd: 1.2) }
        stay = (0..<customers).map { _ in 0.85 + 0.15 * g.unit() }
        respond = (0..<customers).map { _ in 0.05 + 0.55 * g.unit() }
        segment = (0..<customers).map { i in segments == 0 ? -1 : Int32(i % segments) }
    }

    /// One period's answers with every score moved by `shift`.
    struct Period {
        var tally: BySegment<NPSTally>
        /// Each customer's answer (+1, 0, −1), `nil` if none.
        var answer: [Int?]
        /// Whether each customer was still there at the end of the period.
        var stayed: [Bool]
    }

    func probabilities(_ i: Int, shift: Double) -> (promoter: Double, detractor: Double) {
        ScoreDistribution.categoryProbabilities(expectedScore: meanScore[i] + shift, residualSD: scoreSD)
    }

    /// What a model believing every score is off by `shift` would say, given last period's answers.
    func outlook(shift: Double, last: [Int?]? = nil, labels: [String] = []) -> BySegment<OutlookFigures> {
        NPSOutlook.aggregate(meanScore.indices.map { i in
            let p = probabilities(i, shift: shift), answer = last?[i]
            return CustomerOutlook(stay: stay[i], respond: respond[i], promoter: p.promoter, detractor: p.detractor,
                                   segment: segment[i], lastAnswers: answer == nil ? 0 : 1, lastNet: answer ?? 0)
        }, labels: labels)
    }

    func sample(shift: Double, labels: [String] = [], using g: inout SeededGenerator) -> Period {
        var period = Period(tally: BySegment(overall: NPSTally(), labels: labels,
                                             segments: [NPSTally](repeating: NPSTally(), count: labels.count)),
                            answer: [Int?](repeating: nil, count: meanScore.count),
                            stayed: [Bool](repeating: false, count: meanScore.count))
        for i in meanScore.indices {
            period.stayed[i] = g.unit() < stay[i]
            guard period.stayed[i], g.unit() < respond[i] else { continue }
            let p = probabilities(i, shift: shift), u = g.unit()
            let category: NPSCategory = u < p.promoter ? .promoter : u < p.promoter + p.detractor ? .detractor : .passive
            period.answer[i] = category == .promoter ? 1 : category == .detractor ? -1 : 0
            period.tally.overall.add(category)
            if segment[i] >= 0 { period.tally.segments[Int(segment[i])].add(category) }
        }
        return period
    }

    /// The customers still there after `period`, with their answers in it.
    func survivors(of period: Period) -> (base: SyntheticSurvey, answers: [Int?]) {
        var next = self
        next.meanScore = []; next.stay = []; next.respond = []; next.segment = []
        var answers = [Int?]()
        for i in meanScore.indices where period.stayed[i] {
            next.meanScore.append(meanScore[i]); next.stay.append(stay[i])
            next.respond.append(respond[i]); next.segment.append(segment[i])
            answers.append(period.answer[i])
        }
        return (next, answers)
    }
}
