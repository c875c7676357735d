/// Error-free transformations and the sums and dot products built on them (Ogita, Rump & Oishi, "Accurate sum
/// and dot product", SIAM J. Sci. Comput. 26, 2005): results as accurate as if computed in twice the working
/// precision and then rounded. Used for the residuals of iterative refinement, where plain double arithmetic
/// would lose the digits the refinement is meant to recover.
///
/// Products are split by Veltkamp/Dekker (`a = aₕ + aₗ` with 26-bit halves) rather than by a fused multiply-add:
/// without an FMA-enabled target, `fma` is a library call per element, and the split form vectorises.
/// Exact unless a value exceeds about 1e300 in magnitude (the design here has unit-order columns).
enum CompensatedArithmetic {
    /// `a + b = s + e` exactly (Knuth's TwoSum).
    @inline(__always)
    static func twoSum(_ a: Double, _ b: Double) -> (sum: Double, error: Double) {
        let s = a + b
        let bb = s - a
        return (s, (a - (s - bb)) + (b - bb))
    }

    /// `a = high + low` with each half fitting in 26 bits (Veltkamp's splitting, factor 2²⁷ + 1).
    @inline(__always)
    static func split(_ a: Double) -> (high: Double, low: Double) {
        let c = 134_217_729.0 * a
        let high = c - (c - a)
        return (high, a - high)
    }

    /// `a · b = p + e` exactly (Dekker's TwoProduct), given `b` already split.
    @inline(__always)
    static func twoProduct(_ a: Double, _ b: Double, bHigh: Double, bLow: Double) -> (product: Double, error: Double) {
        let p = a * b
        let (ah, al) = split(a)
        return (p, al * bLow - (((p - ah * bHigh) - al * bHigh) - ah * bLow))
    }

    /// `a · b = p + e` exactly.
    @inline(__always)
    static func twoProduct(_ a: Double, _ b: Double) -> (product: Double, error: Double) {
        let (bh, bl) = split(b)
        return twoProduct(a, b, bHigh: bh, bLow: bl)
    }

    /// `Σ aᵢ bᵢ` (Dot2), with four independent accumulators.
    static func dot(_ a: UnsafeBufferPointer<Double>, _ b: UnsafeBufferPointer<Double>) -> Double {
        precondition(a.count == b.count, "dot: lengths differ")
        var s = (0.0, 0.0, 0.0, 0.0), c = (0.0, 0.0, 0.0, 0.0)
        @inline(__always) func add(_ s: inout Double, _ c: inout Double, _ x: Double, _ y: Double) {
            let (p, pe) = twoProduct(x, y)
            let (t, te) = twoSum(s, p)
            s = t
            c += pe + te
        }
        let n = a.count, blocks = n / 4
        for q in 0..<blocks {
            let i = 4 * q
            add(&s.0, &c.0, a[i], b[i])
            add(&s.1, &c.1, a[i + 1], b[i + 1])
            add(&s.2, &c.2, a[i + 2], b[i + 2])
            add(&s.3, &c.3, a[i + 3], b[i + 3])
        }
        for i in (4 * blocks)..<n { add(&s.0, &c.0, a[i], b[i]) }
        // Combine the four partial results without losing their low parts.
        var total = s.0, error = c.0 + c.1 + c.2 + c.3
        for partial in [s.1, s.2, s.3] {
            let (t, te) = twoSum(total, partial)
            total = t
            error += te
        }
        return total + error
    }

    /// `b − r − A x` for a column-major `m × n` matrix `A`, each entry accumulated as in Dot2.
    /// - Complexity: O(m·n), column by column (contiguous memory).
    static func residual(b: [Double], r: [Double], a: UnsafeBufferPointer<Double>, rows m: Int, columns n: Int,
                         x: [Double]) -> [Double] {
        precondition(b.count == m && r.count == m && x.count == n && a.count >= m * n, "residual: shape mismatch")
        var s = [Double](repeating: 0, count: m)
        var c = [Double](repeating: 0, count: m)
        s.withUnsafeMutableBufferPointer { sp in
            c.withUnsafeMutableBufferPointer { cp in
                for i in 0..<m {
                    let (t, te) = twoSum(b[i], -r[i])
                    sp[i] = t
                    cp[i] = te
                }
                for j in 0..<n {
                    let xj = -x[j]
                    if xj == 0 { continue }
                    let (xh, xl) = split(xj)
                    let column = UnsafeBufferPointer(rebasing: a[(j * m)..<((j + 1) * m)])
                    for i in 0..<m {
                        let (p, pe) = twoProduct(column[i], xj, bHigh: xh, bLow: xl)
                        let (t, te) = twoSum(sp[i], p)
                        sp[i] = t
                        cp[i] += pe + te
                    }
                }
                for i in 0..<m { sp[i] += cp[i] }
            }
        }
        return s
    }
}
