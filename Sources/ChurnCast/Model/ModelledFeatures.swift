import Features

/// Which feature-table columns the churn and score models use: every column but those of a feature family
/// that did not earn its place out of time.
///
/// Kept out: the customer's own NPS history beyond last, mean, change and trend (`nps_shrunk_mean`,
/// `nps_last_vs_own_mean`, `nps_shrunk_min`, `nps_responses_per_quarter`). Fitted on earlier quarters and judged
/// at each later quarter end (scripts/worlds.sh's rolling origins, 20,000 customers, seed 1) they changed churn
/// ROC-AUC by +0.0002 on world 1 and −0.0002 on world 2 at λ = 1 — neutral on both — while raising the score
/// design's condition number about 3.5-fold (the score fit then falls back to QR, 4× the time). They stay in the
/// feature table and `features --describe` for analysis and the forecast. The engagement rates (+0.000 on world 1,
/// +0.005 on world 2) are modelled. Figures and commands: Benchmarks/RESULTS.md.
enum ModelledFeatures {
    static let excluded: Set<String> = Set([
        BuiltInFeature.npsShrunkMean, .npsLastVsOwnMean, .npsShrunkMin, .npsResponseRate,
    ].map(\.name))

    /// Whether the models use the table column `name`.
    static func isModelled(_ name: String) -> Bool { !excluded.contains(name) }
}
