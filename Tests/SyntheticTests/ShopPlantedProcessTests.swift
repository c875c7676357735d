import Foundation
import Testing
import Ingest
@testable import Synthetic

/// The figures of a generated shop base against the closed forms of the planted process (derived in the doc
/// comments here, not taken from the generator), and the truth's per-customer outlook against what happened.
/// Tolerances are 4 standard errors of the sum over customers.
@Suite struct ShopPlantedProcessTests {
    /// 10,000 customers over 18 months with every month factor 1 (a constant purchase rate) and no survey.
    static let flat: ShopConfig = {
        var c = ShopConfig(customers: 10_000, seed: 11, start: Day(year: 2025, month: 1, day: 1)!,
                           end: Day(year: 2026, month: 6, day: 30)!, surveyShare: 0)
        c.model.monthFactors = Array(repeating: 1, count: 12)
        return c
    }()

    /// Orders per customer, summed over the customer's rows of orders.csv.
    static func ordersPerCustomer(_ dir: String) throws -> [String: [(day: Day, orders: Int)]] {
        var result: [String: [(day: Day, orders: Int)]] = [:]
        for r in try readExport(dir, "orders.csv").rows {
            result[r["customer_id"]!, default: []].append((day(r["date"]!)!, Int(r["orders"]!)!))
        }
        return result
    }

    /// With a constant rate λ, background hazard μ and mean dropouts p₁ (first order) and p (later ones), a
    /// customer whose first order falls at time D − u before the end of the history (u ~ U(0, 1) the time within
    /// the first day, D the days from that day to the end) makes a repeat purchase with probability
    /// (1 − p₁) · λ/(λ + μ) · (1 − E_u e^(−c(D − u))), c = λ + μ, and E_u e^(−c(D − u)) = e^(−cD)(e^c − 1)/c;
    /// their expected number of orders is 1 + (1 − p₁) λ/b · (1 − e^(−bD)(e^b − 1)/b), b = μ + pλ
    /// (the customer is still active after n later orders with probability (1 − p)ⁿ, E(1 − p)^N = e^(−pλs)).
    @Test func repeatShareAndOrdersMatchTheClosedForm() throws {
        let dir = try ShopGeneratorTests.generateShop(Self.flat, chunkSize: 4096, name: "shop-flat")
        let orders = try Self.ordersPerCustomer(dir)
        let truth = try ShopGroundTruth.load(from: dir)
        let mu = Self.flat.model.backgroundHazard, dayCount = Self.flat.end.days(since: Self.flat.start) + 1
        func meanOverFirstDay(_ a: Double, _ D: Double) -> Double { exp(-a * D) * expm1(a) / a }
        var repeatExpected = 0.0, repeatVariance = 0.0, repeatSeen = 0
        var ordersResidual = 0.0, ordersSquares = 0.0, ordersSeen = 0
        for i in 0..<Self.flat.customers {
            let c = truth.customer(i)
            let n = orders[truth.customerID(i)]!.reduce(0) { $0 + $1.orders }
            let D = Double(dayCount - c.profile.firstOrder.days(since: Self.flat.start))
            let (lambda, p1, p) = (c.rate, c.dropoutFirst, c.dropoutRepeat)
            let repeatP = (1 - p1) * lambda / (lambda + mu) * (1 - meanOverFirstDay(lambda + mu, D))
            repeatExpected += repeatP
            repeatVariance += repeatP * (1 - repeatP)
            if n > 1 { repeatSeen += 1 }
            let b = mu + p * lambda
            let expectedOrders = 1 + (1 - p1) * lambda / b * (1 - meanOverFirstDay(b, D))
            ordersResidual += Double(n) - expectedOrders
            ordersSquares += (Double(n) - expectedOrders) * (Double(n) - expectedOrders)
            ordersSeen += n
        }
        #expect(abs(Double(repeatSeen) - repeatExpected) < 4 * repeatVariance.squareRoot(),
                "repeat buyers \(repeatSeen), expected \(repeatExpected)")
        #expect(abs(ordersResidual) < 4 * ordersSquares.squareRoot(),
                "orders \(ordersSeen), expected \(Double(ordersSeen) - ordersResidual)")
        // Plausible marginal figures for the standard parameters.
        let share = Double(repeatSeen) / Double(Self.flat.customers)
        #expect(share > 0.5 && share < 0.95, "repeat share \(share)")
    }

    /// The mean dropout after an order, E over the experience x of σ(logit − β x), by a fine trapezoid rule over
    /// the normal density (independent of the generator's Gauss–Hermite rule).
    @Test func meanDropoutIsTheExpectationOverExperience() throws {
        let m = ShopModel.standard
        let truth = try ShopGroundTruth(config: Self.flat)
        for i in [0, 3, 42] {
            let c = truth.customer(i)
            func mean(_ base: Double) -> Double {
                var total = 0.0
                let step = 0.001
                for k in -10_000...10_000 {
                    let z = Double(k) * step, w = (k == -10_000 || k == 10_000 ? 0.5 : 1) * step
                    let density = exp(-z * z / 2) / (2 * Double.pi).squareRoot()
                    func sigma(_ x: Double) -> Double { 1 / (1 + exp(-(base - m.experienceEffect * x))) }
                    let good = sigma(m.experienceSD * z), bad = sigma(-m.badDeliveryImpact + m.experienceSD * z)
                    total += w * density * ((1 - c.profile.badDelivery) * good + c.profile.badDelivery * bad)
                }
                return total
            }
            #expect(abs(c.dropoutRepeat - mean(c.profile.dropoutLogit)) < 1e-7)
            #expect(abs(c.dropoutFirst - mean(c.profile.dropoutLogit + m.firstOrderDropout)) < 1e-7)
        }
    }

    /// On the standard (seasonal) model the planted outlook at each quarter end — P(no order in the next 180
    /// days) and the expected orders then — agrees with what the customers did in those 180 days.
    @Test func truthOutlookMatchesTheFollowingOrders() throws {
        let config = ShopConfig(customers: 10_000, seed: 5, surveyShare: 0)
        let dir = try ShopGeneratorTests.generateShop(config, chunkSize: 4096, name: "shop-outlook")
        let orders = try Self.ordersPerCustomer(dir)
        let truth = try readExport(dir, "shop_truth.csv").rows
        let summary = try ShopGroundTruth.load(from: dir).summary!
        var tested = 0
        for q in summary.quarters where q.noOrderInHorizon != nil {
            let end = Day.parse(q.end)!, h = config.truthHorizonDays
            var noOrder = 0, expected = 0.0, variance = 0.0, residual = 0.0, squares = 0.0
            for row in truth {
                guard let text = row["p_no_order_\(q.label)"], !text.isEmpty else { continue }
                let p = Double(text)!
                let n = orders[row["customer_id"]!]!.filter { $0.day > end && $0.day <= end.adding(days: h) }
                    .reduce(0) { $0 + $1.orders }
                if n == 0 { noOrder += 1 }
                expected += p
                variance += p * (1 - p)
                let r = Double(n) - Double(row["expected_orders_\(q.label)"]!)!
                residual += r
                squares += r * r
            }
            #expect(noOrder == q.noOrderInHorizon, "summary and files disagree at \(q.label)")
            #expect(abs(expected - q.expectedNoOrderInHorizon!) < 1, "\(q.label)")
            #expect(abs(Double(noOrder) - expected) < 4 * variance.squareRoot(),
                    "\(q.label): \(noOrder) without an order, expected \(expected)")
            #expect(abs(residual) < 4 * squares.squareRoot(), "\(q.label): orders residual \(residual)")
            tested += 1
        }
        #expect(tested >= 4)
    }

    /// Gamma(shape) has mean and variance `shape`; Beta(a, b) has mean a/(a + b) (the textbook moments).
    @Test func gammaAndBetaDrawsHaveTheirMoments() {
        var rng = Xoshiro256StarStar(seed: 99)
        for shape in [0.4, 1.3, 6.0] {
            let n = 100_000
            let draws = (0..<n).map { _ in rng.gamma(shape: shape) }
            let mean = draws.reduce(0, +) / Double(n)
            let variance = draws.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)
            #expect(abs(mean - shape) < 4 * (shape / Double(n)).squareRoot(), "shape \(shape): mean \(mean)")
            #expect(abs(variance / shape - 1) < 0.05, "shape \(shape): variance \(variance)")
        }
        let betas = (0..<50_000).map { _ in rng.beta(1.2, 30) }
        let mean = betas.reduce(0, +) / 50_000
        #expect(abs(mean - 1.2 / 31.2) < 0.001)
    }
}
