import Testing
@testable import ChurnCast
import Features
import LinearAlgebra
import TestSupport

/// The in-place operations `train` uses to keep one copy of the training table: dropping snapshots and turning
/// the table into the standardised design. The reference is the table built directly / the copying design.
@Suite struct TableSelectionTests {
    static let dates = ["2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31"].map(day)

    func build(_ dates: [Day]) throws -> FeatureTable {
        let data = try SyntheticBase.load(try GeneratedBase.folder(customers: PipelineTests.customers))
        return try SnapshotBuilder(SnapshotConfig(asOf: dates)).build(
            customers: data.customers, nps: data.nps, engagement: data.engagement)
    }

    /// NaN-aware equality of label columns (`next_score` is NaN where the customer gave no answer).
    func same(_ a: [Double], _ b: [Double]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
    }

    @Test func keepingSnapshotsInPlaceEqualsBuildingOnlyThose() throws {
        var table = try build(Self.dates)
        let copied = table.selectingSnapshots([1, 3])
        table.keepSnapshots([1, 3])
        let direct = try build([Self.dates[1], Self.dates[3]])
        #expect(table.rowCount > 0 && table.rowCount == direct.rowCount)
        for t in [table, copied] {
            #expect(t.featureNames == direct.featureNames)
            #expect(t.values == direct.values)
            #expect(t.customerIndex == direct.customerIndex)
            #expect(t.asOf == direct.asOf)
            #expect(t.churned == direct.churned)
            #expect(same(t.nextScore, direct.nextScore))
            #expect(t.nextResponseCount == direct.nextResponseCount)
            #expect(t.nextPromoterCount == direct.nextPromoterCount)
            #expect(t.nextDetractorCount == direct.nextDetractorCount)
            #expect(t.snapshotDates == direct.snapshotDates)
            #expect(t.snapshotRows == direct.snapshotRows)
        }
    }

    @Test func designInTheTablesBufferEqualsTheCopiedDesign() throws {
        var table = try build([Self.dates[0]])
        let scaler = FeatureScaler(fitting: table.values, rows: table.rowCount, names: table.featureNames)
        // Leave out the first, the fourth and the last column so that every later column has to move.
        let selected = table.featureNames.indices.filter { ![0, 3, table.featureCount - 1].contains($0) }
        let copied = scaler.design(table, columns: selected)
        let inPlace = scaler.design(consuming: &table, columns: selected)
        #expect(table.values.isEmpty)
        #expect(inPlace.rows == copied.rows && inPlace.columns == copied.columns)
        #expect(inPlace.storage == copied.storage)
        // Standardised: every column has mean ≈ 0 and (population) standard deviation 1 or 0.
        for j in 0..<inPlace.columns {
            let column = inPlace.column(j)
            let mean = column.reduce(0, +) / Double(column.count)
            let sd = (column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(column.count)).squareRoot()
            #expect(abs(mean) < 1e-9)
            #expect(abs(sd - 1) < 1e-9 || sd == 0)
        }
    }
}

/// A training snapshot on the day before the history starts has customers but no survey answers before it:
/// the models train on it, and the forecast's model error skips it instead of failing the whole run.
@Suite struct TrainingAtTheStartOfTheDataTests {
    @Test func snapshotWithoutSurveyHistoryIsSkippedInTheForecastError() throws {
        let data = try SyntheticBase.load(try GeneratedBase.folder(customers: PipelineTests.customers))
        // The generated history starts on 2024-10-01 (SyntheticBase).
        let dates = ["2024-09-30", "2024-12-31", "2025-03-31", "2025-06-30"].map(day)
        let outcome = try Trainer(TrainingConfig(snapshot: SnapshotConfig(asOf: dates))).train(
            customers: data.customers, nps: data.nps, engagement: data.engagement, createdAt: "2026-11-23T00:00:00Z")
        #expect(outcome.model.training.snapshots == dates.map(\.description))
        #expect(outcome.model.forecastModelError.periods == 3)
    }
}
