/// Error-free transformations and the sums and dot products built on them (Ogita, Rump & Oishi, "Accurate sum
/// and dot product", SIAM J. Sci. Comput. 26, 2005): results as accurate as if computed in twice the working
/// precision and then rounded. Used for the residuals of iterative refinement, where plain double arithmetic
/// would lose the digits the refinement is meant to recover.
enum CompensatedArithmetic {
    /// `a + b = s + e` exactly (Knuth's TwoSum).
    @inline(__always)
    static func twoSum(_ a: Double, _ b: Double) -> (sum: Double, error: Double) {
        let s = a + b
        let bb = s - a
        return (s, (a - (s - bb)) + (b - bb))
    }

    /// `a · b = p + e` exactly (by fused multiply-add).
    @inline(__always)
    static func twoProduct(_ a: Double, _ b: Double) -> (product: Double, error: Double) {
        let p = a * b
        return (p, (-p).addingProduct(a, b))
    }

    /// `Σ aᵢ bᵢ` over `count` elements of two buffers (Dot2).
    static func dot(_ a: UnsafeBufferPointer<Double>, _ b: [Double]) -> Double {
        precondition(a.count == b.count, "dot: lengths differ")
        var s = 0.0, c = 0.0
        for i in 0..<a.count {
            let (p, pe) = twoProduct(a[i], b[i])
            let (t, te) = twoSum(s, p)
            s = t
            c += pe + te
        }
        return s + c
    }

    /// `b − r − A x` for a column-major `m × n` matrix `A`, each entry accumulated as in Dot2.
    /// - Complexity: O(m·n), column by column (contiguous memory).
    static func residual(b: [Double], r: [Double], a: UnsafeBufferPointer<Double>, rows m: Int, columns n: Int,
                         x: [Double]) -> [Double] {
        precondition(b.count == m && r.count == m && x.count == n && a.count >= m * n, "residual: shape mismatch")
        var s = [Double](repeating: 0, count: m)
        var c = [Double](repeating: 0, count: m)
        for i in 0..<m {
            let (t, te) = twoSum(b[i], -r[i])
            s[i] = t
            c[i] = te
        }
        for j in 0..<n {
            let xj = -x[j]
            if xj == 0 { continue }
            let base = j * m
            for i in 0..<m {
                let (p, pe) = twoProduct(a[base + i], xj)
                let (t, te) = twoSum(s[i], p)
                s[i] = t
                c[i] += pe + te
            }
        }
        for i in 0..<m { s[i] += c[i] }
        return s
    }
}
