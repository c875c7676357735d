import Foundation
import Ingest
import Support

/// The planted truth of a generated base, loaded from its ground_truth.json: the configuration and seed, from
/// which any customer's true attributes, latent satisfaction path and churn date are replayed exactly (each
/// customer has their own random streams), and the oracle churn probability an evaluation compares models with.
///
/// The latent path is replayed rather than stored: a million customers' weekly states would take hundreds of
/// megabytes, while replaying one customer costs about a hundred normal draws.
public struct GroundTruth: Sendable {
    public static let fileName = "ground_truth.json"
    public static let format = "churncast-synthetic-ground-truth"
    /// Bumped whenever the same configuration would generate different data.
    public static let generatorVersion = 2
    /// The version of ground_truth.json itself: 2 has snake_case keys (`JSONText`); 1, camelCase, is still read.
    public static let formatVersion = 2

    public let config: SyntheticConfig
    public let calendar: SyntheticCalendar
    /// The invalid rows `--bad-rows` planted (empty otherwise).
    public let badRows: [PlantedBadRow]
    /// The export quirks, as listed in ground_truth.json.
    public let quirks: [String]
    public let summary: GenerationSummary?
    /// The planted comment rules.
    public let comments: CommentRulesDocument
    let idWidth: Int

    /// The truth of `config` without reading a file (validates `config`).
    public init(config: SyntheticConfig) throws {
        try config.validate()
        let document = GroundTruthDocument(config: config, layout: ExportLayout(messy: config.messy), badRows: [],
                                           summary: nil)
        self.init(document: document)
    }

    init(document: GroundTruthDocument) {
        config = document.config
        calendar = SyntheticCalendar(start: config.start, end: config.end)
        badRows = document.badRows
        quirks = document.quirks
        summary = document.summary
        comments = document.comments ?? CommentRulesDocument(commentShare: document.config.model.survey.commentShare,
                                                             regions: document.config.model.regions.map(\.name))
        idWidth = CustomerID.width(customers: config.customers)
    }

    /// Reads `directory/ground_truth.json`.
    public static func load(from directory: String) throws -> GroundTruth {
        let path = directory + "/" + fileName
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SyntheticError.groundTruthMissing(path: path)
        }
        struct Header: Decodable { var format: String?; var generatorVersion: Int? }
        // JSONText's decoder reads both versions: a camelCase key has no underscore and is taken as it is.
        let decoder = JSONText.makeDecoder()
        let header = try? decoder.decode(Header.self, from: data)
        guard let header, header.format == format else {
            throw SyntheticError.groundTruthUnreadable(path: path, reason: "no \"format\": \"\(format)\"")
        }
        guard header.generatorVersion == generatorVersion else {
            throw SyntheticError.groundTruthVersion(path: path, expected: generatorVersion,
                                                    found: header.generatorVersion ?? 0)
        }
        let document: GroundTruthDocument
        do {
            document = try decoder.decode(GroundTruthDocument.self, from: data)
            try document.config.validate()
        } catch let error as SyntheticError {
            throw SyntheticError.groundTruthUnreadable(path: path, reason: error.description)
        } catch {
            throw SyntheticError.groundTruthUnreadable(path: path, reason: "\(error)")
        }
        return GroundTruth(document: document)
    }

    public var customerCount: Int { config.customers }

    /// The id written in the exports for customer `index` (0-based), e.g. "C000001".
    public func customerID(_ index: Int) -> String { CustomerID.text(index, width: idWidth) }

    /// The 0-based index of an id of this base, or nil for any other text.
    public func customerIndex(of id: String) -> Int? {
        guard id.utf8.count == idWidth + 1, let i = CustomerID.index(of: id), i < config.customers else { return nil }
        return i
    }

    /// Customer `index` as generated: attributes, signup and churn date (nil when active at the end).
    public func customer(_ index: Int) -> TrueCustomer {
        let (profile, _, churn) = replay(index)
        return TrueCustomer(id: customerID(index), profile: profile, plan: config.model.plans[profile.plan].name,
                            region: config.model.regions[profile.region].name, churn: churn)
    }

    /// The true latent state of customer `index` on `day` — nil outside the history or when the customer is
    /// not active that day (signup ≤ day < churn).
    public func latentState(customer index: Int, at day: Day) -> LatentState? {
        let (profile, path, churn) = replay(index)
        guard day >= calendar.start, day <= calendar.end, profile.signup <= day, churn.map({ day < $0 }) ?? true
        else { return nil }
        let w = calendar.week(of: day)
        let model = config.model
        let s = path.satisfaction(week: w)
        let eta = ChurnProcess.logit(profile: profile, path: path, week: w, calendar: calendar, model: model)
        let z = model.engagement.baseLogRate + model.plans[profile.plan].engagement + model.engagement.satisfaction * s
        return LatentState(satisfaction: s,
                           satisfactionChange: s - path.satisfaction(week: w - model.hazard.changeLagWeeks),
                           satisfactionLevel: path.level(week: w),
                           dailyChurnHazard: 1 / (1 + exp(-eta)),
                           engagementProbability: 1 / (1 + exp(-z)),
                           expectedScore: model.survey.intercept + model.survey.slope * s)
    }

    /// The oracle: the probability that customer `index` churns in (asOf, asOf + horizon days], given their true
    /// latent path up to `asOf` and the planted model — the best any model of the exports could do.
    ///
    /// ```
    /// P = 1 − Π_{d = T+1}^{T+H} (1 − E[h_d | path up to T])
    /// ```
    /// Within the week of T the hazard is known exactly; for later weeks satisfaction (and its lagged value) are
    /// normal given x_T (AR(1) forecast, mean φ^k x_T, variance σ²(1 − φ^2k)/(1 − φ²)), so η is normal and
    /// E[σ(η)] is taken by 12-point Gauss–Hermite quadrature. The product ignores only the second-order
    /// correlation between the days' hazards (a relative error of about 1% at the standard model's hazards).
    /// A planted shock dated after T is part of the planted model, so the oracle anticipates it.
    /// Returns nil when the customer is not active at `asOf` (signup ≤ T < churn) or `asOf` lies outside the history.
    /// - Complexity: O(history weeks + horizon weeks), about 2 µs per customer.
    public func oracleChurnProbability(customer index: Int, asOf: Day, horizon: Int) -> Double? {
        precondition(horizon >= 1, "horizon must be at least one day")
        precondition(index >= 0 && index < config.customers, "customer index out of range")
        let (profile, path, churn) = replay(index)
        return OracleChurn.probability(profile: profile, path: path, churn: churn, asOf: asOf, horizon: horizon,
                                       calendar: calendar, model: config.model)
    }

    /// The oracle for a customer id of this base; nil for an unknown id or an inactive customer.
    public func oracleChurnProbability(customerID: String, asOf: Day, horizon: Int) -> Double? {
        guard let index = customerIndex(of: customerID) else { return nil }
        return oracleChurnProbability(customer: index, asOf: asOf, horizon: horizon)
    }

    /// The oracle for many ids at once (in order), on `threads` threads.
    public func oracleChurnProbabilities(customerIDs: [String], asOf: Day, horizon: Int,
                                         threads: Int = Parallelism.threads) -> [Double?] {
        precondition(horizon >= 1, "horizon must be at least one day")
        var result = [Double?](repeating: nil, count: customerIDs.count)
        result.withUnsafeMutableBufferPointer { out in
            Parallelism.forEachRange(customerIDs.count, threads: min(threads, customerIDs.count / 1024 + 1)) { range in
                for i in range {
                    out[i] = oracleChurnProbability(customerID: customerIDs[i], asOf: asOf, horizon: horizon)
                }
            }
        }
        return result
    }

    /// Replays customer `index`'s latent and churn streams exactly as the generator drew them.
    func replay(_ index: Int) -> (CustomerProfile, LatentPath, Day?) {
        var latent = Xoshiro256StarStar(seed: config.seed, customer: index, stream: .latent)
        let profile = CustomerProfile.draw(index: index, config: config, calendar: calendar, rng: &latent)
        var path = LatentPath()
        path.regenerate(profile: profile, config: config, calendar: calendar, rng: &latent)
        var churnRNG = Xoshiro256StarStar(seed: config.seed, customer: index, stream: .churn)
        let churn = ChurnProcess.churnDay(profile: profile, path: path, calendar: calendar, model: config.model,
                                          rng: &churnRNG)
        return (profile, path, churn)
    }
}

/// A customer as generated.
public struct TrueCustomer: Sendable, Equatable {
    public var id: String
    public var profile: CustomerProfile
    public var plan: String
    public var region: String
    /// The first day the customer is gone; nil when still a customer at the end of the history.
    public var churn: Day?
}

/// A customer's true state on one day (constant within the generator's week).
public struct LatentState: Sendable, Equatable {
    /// s_w.
    public var satisfaction: Double
    /// s_w − s_{w−L}, the change the hazard reacts to.
    public var satisfactionChange: Double
    /// The level satisfaction reverts to (personal mean plus any shock).
    public var satisfactionLevel: Double
    /// h_w, the probability of churning on a given day of this week.
    public var dailyChurnHazard: Double
    /// Probability that a given day of this week has engagement.
    public var engagementProbability: Double
    /// a + b·s, the score before noise and rounding.
    public var expectedScore: Double
}
