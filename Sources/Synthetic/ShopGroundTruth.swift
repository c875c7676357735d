import Foundation
import Ingest
import Support

/// The planted truth of a generated shop base, from its shop_truth.json (or a configuration): any customer's
/// profile, orders and inactive day are replayed exactly from the seed, and their probability of no order or
/// expected orders in a window after any day follow in closed form (`ShopCustomerTruth`).
public struct ShopGroundTruth: Sendable {
    public static let format = "churncast-shop-ground-truth"
    /// Bumped whenever the same configuration would generate different data.
    public static let generatorVersion = 1

    public let config: ShopConfig
    public let summary: ShopSummary?
    let simulator: ShopSimulator

    /// The truth of `config` without reading a file (validates `config`).
    public init(config: ShopConfig, summary: ShopSummary? = nil) throws {
        try config.validate()
        self.config = config
        self.summary = summary
        simulator = ShopSimulator(config: config)
    }

    /// Reads `directory/shop_truth.json`.
    public static func load(from directory: String) throws -> ShopGroundTruth {
        let path = directory + "/" + ShopGenerator.truthFile
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SyntheticError.groundTruthMissing(path: path)
        }
        struct Header: Decodable { var format: String?; var generatorVersion: Int? }
        let decoder = JSONText.makeDecoder()
        guard let header = try? decoder.decode(Header.self, from: data), header.format == format else {
            throw SyntheticError.groundTruthUnreadable(path: path, reason: "no \"format\": \"\(format)\"")
        }
        guard header.generatorVersion == generatorVersion else {
            throw SyntheticError.groundTruthVersion(path: path, expected: generatorVersion,
                                                    found: header.generatorVersion ?? 0)
        }
        do {
            let document = try decoder.decode(ShopTruthDocument.self, from: data)
            return try ShopGroundTruth(config: document.config, summary: document.summary)
        } catch let error as SyntheticError {
            throw SyntheticError.groundTruthUnreadable(path: path, reason: error.description)
        } catch {
            throw SyntheticError.groundTruthUnreadable(path: path, reason: "\(error)")
        }
    }

    /// Whether `directory` holds a shop_truth.json that some version of the shop generator wrote (its `format` is
    /// ours): `generate --kind shop` may replace such a base.
    public static func isOwnTruth(in directory: String) -> Bool {
        struct Header: Decodable { var format: String? }
        guard let data = FileManager.default.contents(atPath: directory + "/" + ShopGenerator.truthFile) else { return false }
        return (try? JSONDecoder().decode(Header.self, from: data))?.format == format
    }

    /// The id written in the exports for customer `index` (0-based), e.g. "C000001".
    public func customerID(_ index: Int) -> String { CustomerID.text(index, width: simulator.idWidth) }

    /// Customer `index` (0-based), replayed from the seed.
    public func customer(_ index: Int) -> ShopCustomerTruth {
        precondition(index >= 0 && index < config.customers, "customer index out of range")
        var sim = simulator
        var scratch = ShopChunk(customers: ExportBuffer(crlf: false), orders: ExportBuffer(crlf: false),
                                nps: ExportBuffer(crlf: false), truth: ExportBuffer(crlf: false),
                                counters: ShopCounters(quarters: sim.ends.count))
        return sim.simulate(index, &scratch)
    }

    /// P(no order in (t, t+h]) and the expected orders then, for `customer` given their true state at the end of `t`.
    public func outlook(_ customer: ShopCustomerTruth, after t: Day, days h: Int) -> (noOrder: Double, expected: Double) {
        let season = ShopSeason(monthFactors: config.model.monthFactors, first: t, last: t.adding(days: h + 1))
        return customer.outlook(after: t, days: h, hazard: config.model.backgroundHazard, season: season)
    }
}
