import Foundation
import Testing
@testable import ChurnCast
import Synthetic
import TestSupport
import ChurnCastSynthetic
import Features
import Ingest
import Support

/// The end-to-end job on a generated base whose truth is planted (SPEC sections 2–5; issue 4's acceptance).
@Suite(.serialized) struct PipelineTests {
    static let customers = 8000

    /// One trained model and its exports, shared by the tests (training is the slow part).
    static let trained: Result<(LoadedExports, Trainer.Outcome, String), Error> = Result {
        let dir = try GeneratedBase.folder(customers: customers)
        let data = try SyntheticBase.load(dir)
        let config = TrainingConfig(snapshot: SnapshotConfig(asOf: SyntheticBase.trainingDates))
        let outcome = try Trainer(config).train(customers: data.customers, nps: data.nps, engagement: data.engagement,
                                               createdAt: "2026-11-23T00:00:00Z")
        return (data, outcome, dir)
    }

    @Test func modelClosesMostOfTheGapToTheOracleAndIsCalibrated() throws {
        let (data, outcome, dir) = try Self.trained.get()
        let result = try EvaluationRun(model: outcome.model).run(
            customers: data.customers, nps: data.nps, engagement: data.engagement,
            asOf: day("2026-06-30"), oracle: try Oracle.load(dataDirectory: dir))
        let churn = result.outcome.churn
        let oracle = try #require(churn.oracleAUC)
        // Issue 4: the model closes ≥ 80% of the way from 0.5 to the oracle's AUC; ECE over 10 bins < 0.02.
        #expect(oracle > 0.6)
        #expect(try #require(churn.gapClosed) >= 0.8, "model AUC \(churn.model.rocAUC), oracle \(oracle)")
        #expect(churn.model.calibration.expectedCalibrationError < 0.02)
        #expect(churn.model.rocAUC > churn.rule.rocAUC)
        #expect(churn.model.brierScore < churn.baseRate.brierScore)
        // The next-score model beats carrying the last score forward.
        #expect(try #require(churn.nextScore).rmse < (try #require(churn.nextScoreCarryForward)).rmse)
    }

    /// Recovery of the planted effects at the documented default penalty λ = 1, given as --l2 would give it: temporal
    /// validation may pick a heavier λ, which shrinks a rare plan's dummy more than the planted ordering allows.
    @Test func plantedEffectsHaveTheirSigns() throws {
        let data = try SyntheticBase.load(try GeneratedBase.folder(customers: Self.customers))
        let config = TrainingConfig(snapshot: SnapshotConfig(asOf: SyntheticBase.trainingDates), l2: 1)
        let model = try Trainer(config).train(customers: data.customers, nps: data.nps, engagement: data.engagement,
                                              createdAt: "2026-11-23T00:00:00Z").model
        func estimate(_ name: String) throws -> Double { try #require(model.churn.terms.first { $0.name == name }).estimate }
        // Planted (Synthetic/PlantedModel.standard): hazard falls with tenure (−1.2 · ln(1 + years)), is lower on
        // the pro (−0.4) and enterprise (−1.0) plans than on basic, and falls with satisfaction (−1.4), which the
        // NPS scores read with slope +2 and engagement with slope +1.2.
        // Terms are per training standard deviation; the plans' planted effects are per unit of the 0/1 dummy.
        func perUnit(_ name: String) throws -> Double {
            try estimate(name) / #require(model.features.first { $0.name == name }).standardDeviation
        }
        let tenure = try estimate("tenure_days"), pro = try perUnit("plan=pro")
        let enterprise = try perUnit("plan=enterprise")
        let nps = try estimate("nps_mean_score") + estimate("nps_last_score")
        let likes = try estimate("likes_90d") + estimate("likes_30d")
        #expect(tenure < 0)
        #expect(pro < 0)
        #expect(enterprise < pro)
        #expect(nps < 0)
        #expect(likes < 0)
    }

    @Test func modelFileRoundTripsAndScoresIdentically() throws {
        let (data, outcome, _) = try Self.trained.get()
        let dir = TemporaryDirectory.shared.folder("churncast-model")
        let path = dir + "/model.json"
        try ModelFileIO.write(outcome.model, to: path, overwrite: false)
        let loaded = try ModelFileIO.read(path)
        #expect(loaded == outcome.model)
        let t = day("2026-09-30")
        let a = try Scorer(model: outcome.model).score(customers: data.customers, nps: data.nps, engagement: data.engagement, asOf: t)
        let b = try Scorer(model: loaded).score(customers: data.customers, nps: data.nps, engagement: data.engagement, asOf: t)
        #expect(a.rows == b.rows)
        #expect(a.rows.count > 1000)
        // Riskiest first, every band used, three reasons at most.
        #expect(zip(a.rows, a.rows.dropFirst()).allSatisfy { $0.churnProbability >= $1.churnProbability })
        #expect(Set(a.rows.map(\.riskBand)) == Set(RiskBand.allCases))
        #expect(a.rows.allSatisfy { $0.topReasons.count <= 3 && (0...10).contains($0.expectedNextScore) })
        // An existing model is not overwritten unless asked.
        #expect(throws: FileError.self) { try ModelFileIO.write(outcome.model, to: path, overwrite: false) }
    }

    @Test func otherFormatVersionsAndTamperedFilesAreRefused() throws {
        let outcome = try Self.trained.get().1
        let dir = TemporaryDirectory.shared.folder("churncast-versions")
        var old = outcome.model
        old.formatVersion = 0
        try ModelFileIO.write(old, to: dir + "/old.json", overwrite: true)
        let e1 = #expect(throws: PipelineError.self) { try ModelFileIO.read(dir + "/old.json") }
        #expect(e1?.description.contains("format version 0 is not supported") == true)
        var tampered = outcome.model
        tampered.churn.terms.removeLast()
        try ModelFileIO.write(tampered, to: dir + "/tampered.json", overwrite: true)
        #expect(throws: PipelineError.self) { try ModelFileIO.read(dir + "/tampered.json") }
        let text = try String(contentsOfFile: dir + "/old.json", encoding: .utf8)
        try String(text.prefix(text.count / 2)).write(toFile: dir + "/truncated.json", atomically: false, encoding: .utf8)
        let e2 = #expect(throws: PipelineError.self) { try ModelFileIO.read(dir + "/truncated.json") }
        #expect(e2?.exitCode == .dataError)
    }

    @Test func dataWithoutTheModelsAttributesIsRefusedByName() throws {
        let (data, outcome, _) = try Self.trained.get()
        var customers = data.customers
        customers.categoricalAttributes.removeAll { $0.name == "plan" }
        let e = #expect(throws: PipelineError.self) {
            _ = try Scorer(model: outcome.model).score(customers: customers, nps: data.nps, engagement: data.engagement,
                                                       asOf: day("2026-09-30"))
        }
        #expect(e == .missingFeatures(names: ["plan"]))
    }

    @Test func evaluationMustBeLaterThanTraining() throws {
        let (data, outcome, _) = try Self.trained.get()
        let e = #expect(throws: PipelineError.self) {
            _ = try EvaluationRun(model: outcome.model).run(customers: data.customers, nps: data.nps,
                                                            engagement: data.engagement, asOf: day("2026-03-31"))
        }
        #expect(e == .notLaterThanTraining(asOf: "2026-03-31", lastTraining: "2026-03-31"))
        let late = #expect(throws: PipelineError.self) {
            _ = try EvaluationRun(model: outcome.model).run(customers: data.customers, nps: data.nps,
                                                            engagement: data.engagement, asOf: day("2026-09-30"))
        }
        #expect(late?.description.contains("data ends on") == true)
    }
}
