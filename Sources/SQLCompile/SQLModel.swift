import Features
import Foundation
import Support

/// The fields of a ChurnCast model file (`churncast train`) that scoring in SQL needs, decoded on their own so
/// that this module does not depend on the ChurnCast library: snapshot settings and attribute encoding, each
/// feature's training scaling, both models' coefficients, the risk band cuts and the score calibration.
public struct SQLModel: Decodable, Sendable {
    public struct Feature: Decodable, Sendable {
        public var name: String
        public var mean: Double
        public var standardDeviation: Double
        /// Constant in training: left out of both models.
        public var constant: Bool
    }

    public struct Term: Decodable, Sendable {
        public var name: String
        public var estimate: Double
    }

    public struct Bands: Decodable, Sendable {
        public var highFrom: Double
        public var mediumFrom: Double
    }

    public struct Churn: Decodable, Sendable {
        /// The intercept first, then one per used feature in `features` order.
        public var terms: [Term]
        public var bands: Bands
    }

    public struct CalibrationPoint: Decodable, Sendable {
        public var predicted: Double
        public var promoterShare: Double
        public var detractorShare: Double
    }

    public struct Calibration: Decodable, Sendable {
        public var points: [CalibrationPoint]
    }

    public struct NPS: Decodable, Sendable {
        public var terms: [Term]
        public var calibration: Calibration
    }

    public var snapshot: SnapshotConfig
    public var encoding: AttributeEncoding
    public var features: [Feature]
    public var churn: Churn
    public var nps: NPS

    /// The features the models use, in coefficient order.
    public var usedFeatures: [Feature] { features.filter { !$0.constant } }

    /// Reads and checks a model file (`decode`). Throws `FileError.missing` when it does not exist and
    /// `SQLCompileError.badModel` when it is not a model whose coefficients line up with its features.
    public static func read(path: String) throws -> SQLModel {
        guard FileManager.default.fileExists(atPath: path) else { throw FileError.missing(path: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FileError.unreadable(path: path, reason: "permission denied or not a regular file")
        }
        return try decode(data, path: path)
    }

    /// Decodes and checks a model file's bytes; `path` names the file in errors (`train --engine postgres` checks
    /// the model before it writes it there).
    public static func decode(_ data: Data, path: String) throws -> SQLModel {
        let model: SQLModel
        do {
            // Format 2 writes snake_case keys (JSONText); format 1 wrote the property names as they are.
            let snakeCase = (try? JSONSerialization.jsonObject(with: data) as? [String: Any])?["format_version"] != nil
            let decoder = snakeCase ? JSONText.makeDecoder(verbatim: JSONText.modelFileVerbatimKeys) : JSONDecoder()
            model = try decoder.decode(SQLModel.self, from: data)
        } catch {
            throw SQLCompileError.badModel(path: path, reason: "\(error)")
        }
        if let channels = model.snapshot.channels {
            throw SQLCompileError.activityModel(path: path, what: "activity channels "
                + channels.map(\.name).joined(separator: ", "))
        }
        if model.snapshot.churnDefinition == .inactivity {
            throw SQLCompileError.activityModel(path: path, what: "the inactivity churn definition")
        }
        let used = model.usedFeatures.map(\.name)
        for (section, terms) in [("churn", model.churn.terms), ("nps", model.nps.terms)]
        where terms.map(\.name) != ["intercept"] + used {
            throw SQLCompileError.badModel(path: path, reason: "\(section) terms do not match the used features")
        }
        let comments = BuiltInFeature.commentFeatures.map(\.name).filter(used.contains)
        if !comments.isEmpty { throw SQLCompileError.commentFeatures(path: path, names: comments) }
        return model
    }
}
