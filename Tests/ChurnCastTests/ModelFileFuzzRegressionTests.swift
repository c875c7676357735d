import Testing
import Foundation
@testable import ChurnCast
import TestSupport

/// Model files the `modelfile` fuzz target (Fuzz/RESULTS.md) showed were accepted although they make nonsense
/// predictions, and the neighbouring tamperings: each must be refused with exit 65 and a reason.
@Suite struct ModelFileFuzzRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// The fuzzer's seed: a model trained on 150 generated customers (see Fuzz/RESULTS.md).
    static let seed = root.appendingPathComponent("Fuzz/Corpus/modelfile/trained.json").path

    /// Writes the seed with `edit` applied to its JSON object and reads it back.
    func readEdited(_ edit: (inout [String: Any]) -> Void) throws -> ChurnCastModel {
        var object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.seed))) as! [String: Any]
        edit(&object)
        let path = TemporaryDirectory.shared.folder("cc-model") + "/model.json"
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: path))
        return try ModelFileIO.read(path)
    }

    func expectRefused(_ reason: String, _ edit: @escaping (inout [String: Any]) -> Void) {
        let error = #expect(throws: PipelineError.self) { try readEdited(edit) }
        #expect(error?.exitCode == .dataError)
        #expect(error?.description.contains(reason) == true, "\(String(describing: error))")
    }

    static func calibration(_ o: inout [String: Any], _ change: (inout [[String: Any]]) -> Void) {
        var nps = o["nps"] as! [String: Any]
        var calibration = nps["calibration"] as! [String: Any]
        var points = calibration["points"] as! [[String: Any]]
        change(&points)
        calibration["points"] = points; nps["calibration"] = calibration; o["nps"] = nps
    }

    @Test func seedIsAccepted() throws {
        // The seed is a format-version-1 file (camelCase keys), which is still read.
        #expect(try readEdited { _ in }.formatVersion == 1)
    }

    @Test func crashInputIsRefused() {
        let path = Self.root.appendingPathComponent("Fuzz/Crashes/modelfile/detractor-share-1.4.json").path
        let error = #expect(throws: PipelineError.self) { try ModelFileIO.read(path) }
        #expect(error?.description.contains("score calibration shares must lie in 0…1") == true)
    }

    @Test func calibrationSharesOutsideZeroToOneAreRefused() {
        expectRefused("score calibration shares") { Self.calibration(&$0) { $0[0]["detractorShare"] = 1.4 } }
        expectRefused("score calibration shares") { Self.calibration(&$0) { $0[0]["promoterShare"] = -0.1 } }
        expectRefused("score calibration shares") {
            Self.calibration(&$0) { $0[0]["promoterShare"] = 0.7; $0[0]["detractorShare"] = 0.7 }
        }
    }

    @Test func calibrationPointsOutOfOrderAreRefused() {
        expectRefused("not in ascending order") { Self.calibration(&$0) { $0.reverse() } }
    }

    @Test func usedFeatureWithoutSpreadIsRefused() {
        expectRefused("standard deviation of 0") { o in
            var features = o["features"] as! [[String: Any]]
            let i = features.firstIndex { ($0["constant"] as? Bool) == false }!
            features[i]["standardDeviation"] = 0
            o["features"] = features
        }
    }

    @Test func forecastFiguresOutOfRangeAreRefused() {
        expectRefused("response rate or forecast model error") { $0["responseRate"] = 2 }
        expectRefused("response rate or forecast model error") { o in
            var e = o["forecastModelError"] as! [String: Any]
            e["variance"] = -1
            o["forecastModelError"] = e
        }
    }
}
