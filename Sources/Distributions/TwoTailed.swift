/// A distribution whose lower and upper tail probabilities come from one evaluation, each accurate in its own
/// tail (never computed as 1 − the other where that would lose digits); `cdf` and `survival` read them.
public protocol TwoTailed {
    /// `(P(X ≤ x), P(X > x))` for a number `x` (not NaN).
    func tails(_ x: Double) -> (lower: Double, upper: Double)
}

extension TwoTailed {
    /// `P(X ≤ x)`; NaN for NaN.
    public func cdf(_ x: Double) -> Double { x.isNaN ? .nan : tails(x).lower }

    /// `P(X > x)`: the p-value of a one-sided test; NaN for NaN.
    public func survival(_ x: Double) -> Double { x.isNaN ? .nan : tails(x).upper }
}
