import Foundation
import Support

/// Reads and writes `ChurnCastModel` files: JSON in ChurnCast's one style (`JSONText`: snake_case keys, sorted,
/// byte-identical for the same model), written atomically (`-`: standard output).
///
/// Format versions: 2 writes snake_case keys; 1 (camelCase keys, the same fields) is still read.
public enum ModelFileIO {
    /// The oldest format version still read.
    public static let oldestReadableVersion = 1

    /// Keys of the model file that its types spell in snake_case themselves (kept in `JSONText`, which the SQL
    /// compiler's reader uses too).
    static let snakeCaseCodingKeys = JSONText.modelFileVerbatimKeys

    public static func write(_ model: ChurnCastModel, to path: String, overwrite: Bool = true) throws {
        try write(bytes: encode(model), to: path, overwrite: overwrite)
    }

    /// The model file's bytes (what `write` writes), for checking a model before it is written.
    static func encode(_ model: ChurnCastModel) throws -> [UInt8] {
        do { return try [UInt8](JSONText.makeEncoder().encode(model)) + [UInt8(ascii: "\n")] } catch {
            throw PipelineError.internalFailure("cannot encode the model: \(error)")
        }
    }

    /// Writes bytes made by `encode` atomically (`-`: standard output).
    static func write(bytes: [UInt8], to path: String, overwrite: Bool = true) throws {
        try AtomicFile.write(bytes, to: path, overwrite: overwrite)
    }

    /// Reads a model file; refuses other formats and versions, truncated or tampered files, with a clear message.
    public static func read(_ path: String) throws -> ChurnCastModel {
        guard FileManager.default.fileExists(atPath: path) else { throw FileError.missing(path: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FileError.unreadable(path: path, reason: "permission denied or not a regular file")
        }
        struct Header: Decodable {
            var format: String?
            var version: Int?
            /// Whether the keys are snake_case (format version 2 on) rather than camelCase (version 1).
            var snakeCase: Bool
            enum CodingKeys: String, CodingKey { case format, formatVersion, formatVersionSnake = "format_version" }
            init(from decoder: Decoder) throws {
                let c = try decoder.container(keyedBy: CodingKeys.self)
                format = try c.decodeIfPresent(String.self, forKey: .format)
                snakeCase = c.contains(.formatVersionSnake)
                version = try c.decodeIfPresent(Int.self, forKey: snakeCase ? .formatVersionSnake : .formatVersion)
            }
        }
        let header: Header
        do { header = try JSONDecoder().decode(Header.self, from: data) } catch {
            throw PipelineError.badModelFile(path: path, reason: "not a JSON model file (truncated or corrupted?): \(describe(error))")
        }
        guard header.format == ChurnCastModel.formatName else {
            throw PipelineError.badModelFile(path: path, reason: "format is \(header.format.map { "\"\($0)\"" } ?? "missing"), expected \"\(ChurnCastModel.formatName)\"")
        }
        guard let v = header.version, (oldestReadableVersion...ChurnCastModel.formatVersion).contains(v) else {
            let v = header.version.map(String.init) ?? "missing"
            throw PipelineError.badModelFile(path: path, reason: "format version \(v) is not supported by this churncast (which reads versions \(oldestReadableVersion) to \(ChurnCastModel.formatVersion)); retrain with `churncast train`")
        }
        // Version 1 wrote the property names as they are (camelCase); version 2 in JSONText's snake_case.
        let decoder = header.snakeCase ? JSONText.makeDecoder(verbatim: snakeCaseCodingKeys) : JSONDecoder()
        let model: ChurnCastModel
        do { model = try decoder.decode(ChurnCastModel.self, from: data) } catch {
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
        // Trained without an NPS export: the score section is an empty placeholder, checked as such.
        guard m.hasScoreModel || (m.nps.terms.isEmpty && m.nps.calibration.points.isEmpty) else {
            throw bad("a model marked as trained without an NPS export has a score model")
        }
        guard !m.hasScoreModel || m.nps.terms.count == used.count + 1 else {
            throw bad("NPS model has \(m.nps.terms.count) terms for \(used.count) features plus the intercept")
        }
        for (t, name) in zip(m.churn.terms.dropFirst(), used) where t.name != name {
            throw bad("churn term \(t.name) does not match feature \(name)")
        }
        let numbers = m.churn.terms.map(\.estimate) + m.nps.terms.map(\.estimate) + m.features.map(\.mean)
            + m.features.map(\.standardDeviation) + m.nps.calibration.points.flatMap { [$0.predicted, $0.promoterShare, $0.detractorShare] }
        guard numbers.allSatisfy(\.isFinite) else { throw bad("a coefficient or scaling value is not finite") }
        guard !m.hasScoreModel || m.nps.calibration.points.count >= 1, m.features.allSatisfy({ $0.standardDeviation >= 0 }) else {
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
              e.meanSquaredError.isFinite, e.meanSquaredError >= 0, e.periods >= 0,
              e.scale.map({ $0.isFinite && $0 >= 0 }) ?? true else {
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
