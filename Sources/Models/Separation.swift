/// Evidence that the classes of a binary target are (quasi-)completely separated, so the unpenalised
/// maximum-likelihood estimate does not exist: the log-likelihood keeps rising as some coefficients go to ±∞.
///
/// Complete separation: a linear combination `xᵀb` is positive for every target-1 row and negative for every
/// target-0 row. Quasi-complete: the same with `≥`/`≤`, ties allowed, not all zero (Albert & Anderson 1984).
public struct Separation: Codable, Sendable, Equatable, CustomStringConvertible {
    /// Columns that separate the classes on their own, by a threshold.
    public var columns: [SeparatingColumn]
    /// When no single column separates: the columns whose coefficients diverged during the fit
    /// (`intercept` included), largest first.
    public var diverging: [String]
    /// Rows fitted with probability numerically 0 or 1 when the fit stopped (combination case only).
    public var saturatedRows: Int

    public init(columns: [SeparatingColumn], diverging: [String] = [], saturatedRows: Int = 0) {
        self.columns = columns
        self.diverging = diverging
        self.saturatedRows = saturatedRows
    }

    public var description: String {
        let remedy = "the maximum-likelihood estimate does not exist (coefficients diverge to infinity); "
            + "drop the separating column(s) or fit with an L2 penalty (--l2 λ) for a finite, penalised answer"
        if !columns.isEmpty {
            let names = columns.map { "'\($0.name)'" }.joined(separator: ", ")
            return "perfect separation by \(names): " + columns.map(\.description).joined(separator: "; ")
                + "; " + remedy
        }
        let names = diverging.map { "'\($0)'" }.joined(separator: ", ")
        return "perfect separation by a combination of columns (no single column separates): the coefficients of "
            + "\(names) grow without bound and \(saturatedRows) rows are fitted with probability 0 or 1; " + remedy
    }
}

/// One column that separates the classes by a threshold.
public struct SeparatingColumn: Codable, Sendable, Equatable, CustomStringConvertible {
    public var name: String
    /// `true`: no target-0 row lies above the boundary and no target-1 row below it; no shared values.
    public var complete: Bool
    /// `true` when target 1 lies above the boundary (the coefficient goes to +∞).
    public var targetOneAbove: Bool
    /// The largest value of the lower class and the smallest value of the upper class (equal when quasi-complete).
    public var lowerClassMaximum: Double
    public var upperClassMinimum: Double

    public var description: String {
        let (low, high) = targetOneAbove ? (0, 1) : (1, 0)
        let a = SummaryFormat.significant(lowerClassMaximum, digits: 6)
        let b = SummaryFormat.significant(upperClassMinimum, digits: 6)
        if complete {
            return "every target-\(low) row has \(name) ≤ \(a) and every target-\(high) row has \(name) ≥ \(b) "
                + "(complete separation)"
        }
        if lowerClassMaximum == upperClassMinimum {
            return "rows with \(name) > \(a) all have target \(high) and rows with \(name) < \(a) all have target "
                + "\(low); both classes occur only at \(name) = \(a) (quasi-complete separation)"
        }
        return "every target-\(low) row has \(name) ≤ \(a) and every target-\(high) row has \(name) ≥ \(b), "
            + "on either side of 0 (quasi-complete separation through the origin)"
    }
}
