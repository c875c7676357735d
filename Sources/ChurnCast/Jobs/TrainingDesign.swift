import Features
import LinearAlgebra

/// The training table made ready for the fits: its standardised design over the non-constant features, the
/// labels, and what needs the raw feature values (the rule baseline, the fingerprint), taken before the design
/// takes over their buffer (the table is then held once, not twice).
struct TrainingDesign {
    /// The table, its feature values moved into `x` (`table.values` is empty).
    let table: FeatureTable
    let scaler: FeatureScaler
    /// Names of the features the models use (non-constant in training), in design order.
    let usedNames: [String]
    /// The standardised design (rows × used features, no intercept column).
    let x: Matrix
    /// Churn labels as 0/1.
    let y: [Double]
    let rule: RuleBaseline
    let fingerprint: Fingerprint

    init(consuming table: FeatureTable) {
        var table = table
        let scaler = FeatureScaler(fitting: table.values, rows: table.rowCount, names: table.featureNames)
        let used = table.featureNames.indices.filter { scaler.standardDeviations[$0] > 0 }
        y = table.churned.map(Double.init)
        rule = RuleBaseline(training: table)
        var fingerprint = Fingerprint()
        fingerprint.combine(table.featureNames.joined(separator: ","))
        fingerprint.combine(table.values)
        fingerprint.combine(y)
        fingerprint.combine(table.nextScore)
        self.fingerprint = fingerprint
        x = scaler.design(consuming: &table, columns: used)
        usedNames = used.map { table.featureNames[$0] }
        self.scaler = scaler
        self.table = table
    }

    /// Every feature with its training scaling, as the model file lists them.
    var featureSpecs: [ChurnCastModel.FeatureSpec] {
        table.featureNames.indices.map {
            .init(name: table.featureNames[$0], mean: scaler.means[$0],
                  standardDeviation: scaler.standardDeviations[$0], constant: scaler.standardDeviations[$0] == 0)
        }
    }

    /// Share of training rows whose customer answered a survey in the following horizon.
    var responseRate: Double {
        let responded = table.nextResponseCount.reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
        return Double(responded) / Double(table.rowCount)
    }

    /// What the model was trained on.
    func info(churners: Int, npsRows: Int, warnings: [String]) -> ChurnCastModel.TrainingInfo {
        .init(snapshots: table.snapshotDates.map(\.description), horizonDays: table.horizonDays,
              rows: table.rowCount, customers: table.distinctCustomerCount, churners: churners, npsRows: npsRows,
              fingerprint: fingerprint.hex, latestDataDay: table.latestDataDay?.description, warnings: warnings)
    }
}
