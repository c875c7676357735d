import CLAPACK
import Dispatch

/// Level 1–3 BLAS operations on `Matrix` and `[Double]`, with shapes checked before OpenBLAS is called.
public enum BLAS {
    /// Sets the number of threads OpenBLAS itself may use.
    public static func setThreads(_ n: Int) {
        openblas_set_num_threads(Int32(max(1, n)))
    }

    /// `y ← alpha · op(A) x + beta · y`, with `op(A) = Aᵀ` when `transpose`.
    public static func gemv(_ a: Matrix, _ x: [Double], transpose: Bool = false,
                            alpha: Double = 1, beta: Double = 0, into y: [Double]? = nil) -> [Double] {
        let (m, n) = (a.rows, a.columns)
        let xLen = transpose ? m : n
        let yLen = transpose ? n : m
        precondition(x.count == xLen, "gemv: x has \(x.count) elements, expected \(xLen)")
        var out = y ?? [Double](repeating: 0, count: yLen)
        precondition(out.count == yLen, "gemv: y has \(out.count) elements, expected \(yLen)")
        if m == 0 || n == 0 {
            if y == nil || beta == 0 { return [Double](repeating: 0, count: yLen) }
            return out.map { $0 * beta }
        }
        a.withUnsafeBufferPointer { ap in
            x.withUnsafeBufferPointer { xp in
                out.withUnsafeMutableBufferPointer { yp in
                    cblas_dgemv(CblasColMajor, transpose ? CblasTrans : CblasNoTrans, Int32(m), Int32(n),
                                alpha, ap.baseAddress, Int32(max(1, m)), xp.baseAddress, 1, beta, yp.baseAddress, 1)
                }
            }
        }
        return out
    }

    /// `op(A) · op(B)`.
    public static func gemm(_ a: Matrix, _ b: Matrix, transposeA: Bool = false, transposeB: Bool = false) -> Matrix {
        let m = transposeA ? a.columns : a.rows
        let k = transposeA ? a.rows : a.columns
        let kb = transposeB ? b.columns : b.rows
        let n = transposeB ? b.rows : b.columns
        precondition(k == kb, "gemm: inner dimensions \(k) and \(kb) differ")
        var c = Matrix(rows: m, columns: n)
        if m == 0 || n == 0 || k == 0 { return c }
        a.withUnsafeBufferPointer { ap in
            b.withUnsafeBufferPointer { bp in
                c.withUnsafeMutableBufferPointer { cp in
                    cblas_dgemm(CblasColMajor, transposeA ? CblasTrans : CblasNoTrans,
                                transposeB ? CblasTrans : CblasNoTrans, Int32(m), Int32(n), Int32(k), 1,
                                ap.baseAddress, Int32(max(1, a.rows)), bp.baseAddress, Int32(max(1, b.rows)), 0,
                                cp.baseAddress, Int32(max(1, m)))
                }
            }
        }
        return c
    }

    /// The Gram matrix `AᵀA` (full symmetric), by symmetric rank-k updates (`dsyrk`).
    ///
    /// From 4,096 rows the rows are split into `blocks` blocks whose `dsyrk` partial sums are added; the blocks
    /// run on up to `threads` threads (OpenBLAS single-threaded meanwhile): one large `dsyrk` barely uses a second
    /// core (NOTES-PLATFORM: 75 ms vs 47 ms on 1M × 40). The sums' grouping, so the last digits, depends on
    /// `blocks` only, never on `threads`.
    /// - Complexity: O(rows · columns²).
    public static func gram(_ a: Matrix, blocks: Int = gramBlocks, threads: Int) -> Matrix {
        a.withUnsafeBufferPointer {
            gram(UnsafeRawBufferPointer($0), rows: a.rows, columns: a.columns, blocks: blocks, threads: threads)
        }
    }

    /// The row blocks of `gram` by default.
    public static let gramBlocks = 2

    /// `AᵀA` for a column-major buffer (`rows × columns`, leading dimension `rows`).
    public static func gram(_ raw: UnsafeRawBufferPointer, rows m: Int, columns n: Int, blocks: Int = gramBlocks,
                            threads: Int) -> Matrix {
        let a = raw.bindMemory(to: Double.self)
        precondition(a.count >= m * n, "gram: buffer too short for \(m) x \(n)")
        var out = Matrix(rows: n, columns: n)
        if m == 0 || n == 0 { return out }
        let blocks = m < 4096 ? 1 : max(1, blocks)
        if blocks == 1 {
            out.withUnsafeMutableBufferPointer { cp in
                cblas_dsyrk(CblasColMajor, CblasUpper, CblasTrans, Int32(n), Int32(m), 1,
                            a.baseAddress, Int32(m), 0, cp.baseAddress, Int32(n))
            }
        } else {
            var partial = [[Double]](repeating: [Double](repeating: 0, count: n * n), count: blocks)
            let chunk = (m + blocks - 1) / blocks
            let saved = openblas_get_num_threads()
            openblas_set_num_threads(1)
            partial.withUnsafeMutableBufferPointer { parts in
                let partsBase = parts.baseAddress!
                func block(_ b: Int) {
                    let r0 = b * chunk
                    let r1 = min(m, r0 + chunk)
                    guard r1 > r0 else { return }
                    partsBase[b].withUnsafeMutableBufferPointer { cp in
                        cblas_dsyrk(CblasColMajor, CblasUpper, CblasTrans, Int32(n), Int32(r1 - r0), 1,
                                    a.baseAddress! + r0, Int32(m), 0, cp.baseAddress, Int32(n))
                    }
                }
                if threads > 1 {
                    DispatchQueue.concurrentPerform(iterations: blocks, execute: block)
                } else {
                    for b in 0..<blocks { block(b) }
                }
            }
            openblas_set_num_threads(saved)
            for p in partial { for i in 0..<(n * n) { out.storage[i] += p[i] } }
        }
        symmetrizeFromUpper(&out)
        return out
    }

    /// Copies the upper triangle onto the lower one.
    static func symmetrizeFromUpper(_ m: inout Matrix) {
        let n = m.rows
        for j in 0..<n { for i in (j + 1)..<max(j + 1, n) { m.storage[i + j * n] = m.storage[j + i * n] } }
    }

    /// Dot product.
    public static func dot(_ x: [Double], _ y: [Double]) -> Double {
        precondition(x.count == y.count, "dot: lengths \(x.count) and \(y.count) differ")
        return cblas_ddot(Int32(x.count), x, 1, y, 1)
    }
}
