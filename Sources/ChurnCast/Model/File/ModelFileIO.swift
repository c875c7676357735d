import Foundation
import Support

/// Reads and writes `ChurnCastModel` files: JSON with sorted keys (byte-identical for the same model), written
/// atomically, never overwriting an existing model unless asked.
public enum ModelFileIO {
    public static func write(_ model: ChurnCastModel, to path: String, overwrite: Bool) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data: Data
        do { data = try encoder.encode(model) } catch {
            throw PipelineError.internalFailure("cannot encode the model: \(error)")
        }
        try AtomicFile.write([UInt8](data) + [UInt8(ascii: "\n")], to: path, overwrite: overwrite)
    }

    /// Reads a model file; refuses other formats and versions, truncated or tampered files, with a clear message.
    public static func read(_ path: String) throws -> ChurnCastModel {
        guard FileManager.default.fileExists(atPath: path) else { throw FileError.missing(path: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FileError.unreadable(path: path, reason: "permission denied or not a regular file")
        }
        struct Header: Decodable { var format: String?; var formatVersion: Int? }
        let header: Header
        do { header = try JSONDecoder().decode(Header.self, from: data) } catch {
            throw PipelineError.badModelFile(path: path, reason: "not a JSON model file (truncated or corrupted?): \(describe(error))")
        }
        guard header.format == ChurnCastModel.formatName else {
            throw PipelineError.badModelFile(path: path, reason: "format is \(header.format.map { "\"\($0)\"" } ?? "missing"), expected \"\(ChurnCastModel.formatName)\"")
        }
        guard header.formatVersion == ChurnCastModel.formatVersion else {
            let v = header.formatVersion.map(String.init) ?? "missing"
            throw PipelineError.badModelFile(path: path, reason: "format version \(v) is not supported by this churncast (which reads version \(ChurnCastModel.formatVersion)); retrain with `churncast train`")
        }
        let model: ChurnCastModel
        do { model = try JSONDecoder().decode(ChurnCastModel.self, from: data) } catch {
            throw PipelineError.badModelFile(path: path, reason: describe(error))
        }
        try validate(model, path: path)
        return model
    }

    /// Consistency checks that catch a hand-edited or tampered file before it produces nonsense.
    static func validate(_ m: ChurnCastModel, path: String) throws {
        let used = m.usedFeatureNames
        func bad(_ r: String) -> PipelineError { .badModelFile(path: path, reason: r) }
        guard m.churn.terms.count == used.count + 1, m.churn.terms.first?.name == "intercept" else {
            throw bad("churn model has \(m.churn.terms.count) terms for \(used.count) features plus the intercept")
        }
        guard m.nps.terms.count == used.count + 1 else {
            throw bad("NPS model has \(m.nps.terms.count) terms for \(used.count) features plus the intercept")
        }
        for (t, name) in zip(m.churn.terms.dropFirst(), used) where t.name != name {
            throw bad("churn term \(t.name) does not match feature \(name)")
        }
        let numbers = m.churn.terms.map(\.estimate) + m.nps.terms.map(\.estimate) + m.features.map(\.mean)
            + m.features.map(\.standardDeviation) + m.nps.calibration.points.flatMap { [$0.predicted, $0.promoterShare, $0.detractorShare] }
        guard numbers.allSatisfy(\.isFinite) else { throw bad("a coefficient or scaling value is not finite") }
        guard m.nps.calibration.points.count >= 1, m.features.allSatisfy({ $0.standardDeviation >= 0 }) else {
            throw bad("score calibration or feature scaling are malformed")
        }
        guard m.encoding.featureNames.allSatisfy({ n in m.features.contains { $0.name == n } }) else {
            throw bad("attribute encoding and feature list disagree")
        }
        // Found by fuzzing (Fuzz/RESULTS.md): values a tampered file could carry into nonsense predictions.
        guard m.features.allSatisfy({ $0.constant || $0.standardDeviation > 0 }) else {
            throw bad("a feature the models use has a standard deviation of 0")
        }
        let points = m.nps.calibration.points
        guard points.allSatisfy({ (0...1).contains($0.promoterShare) && (0...1).contains($0.detractorShare)
                                  && $0.promoterShare + $0.detractorShare <= 1 + 1e-9 }) else {
            throw bad("score calibration shares must lie in 0…1 and add up to at most 1")
        }
        guard zip(points, points.dropFirst()).allSatisfy({ $0.predicted <= $1.predicted }) else {
            throw bad("score calibration points are not in ascending order")
        }
        let e = m.forecastModelError
        guard m.responseRate.isFinite, (0...1).contains(m.responseRate), e.variance.isFinite, e.variance >= 0,
              e.meanSquaredError.isFinite, e.meanSquaredError >= 0, e.periods >= 0 else {
            throw bad("response rate or forecast model error out of range")
        }
        if let w = m.forecastCombination?.modelWeight, !(0...1).contains(w) {
            throw bad("the forecast combination's model weight must lie in 0…1")
        }
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let ctx):
            return "missing field \((ctx.codingPath + [key]).map(\.stringValue).joined(separator: "."))"
        case DecodingError.typeMismatch(_, let ctx), DecodingError.valueNotFound(_, let ctx):
            return "bad value at \(ctx.codingPath.map(\.stringValue).joined(separator: ".")): \(ctx.debugDescription)"
        case DecodingError.dataCorrupted(let ctx):
            return ctx.debugDescription
        default:
            return "\(error)"
        }
    }
}
