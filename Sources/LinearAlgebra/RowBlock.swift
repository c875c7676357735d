import CLAPACK
import Dispatch

/// Rows `start ..< start + rows` of a column-major matrix, viewed in place (no copy): the unit of work of a
/// row-blocked sweep (`Matrix.sweepRowBlocks`).
///
/// A block of a few hundred rows fits in the L2 cache, so every operation after the first one on the same block
/// (a matrix-vector product, a scaled copy, a rank-k update) reads cache instead of memory. That is how an
/// iteratively reweighted least-squares pass reads the big matrix from memory only once per iteration.
public struct RowBlock {
    /// Index of the block's first row in the whole matrix.
    public let start: Int
    public let rows: Int
    public let columns: Int
    /// Element `(start, 0)` of the whole matrix.
    let base: UnsafePointer<Double>
    /// Rows of the whole matrix (the column stride).
    let leadingDimension: Int

    /// `out[i] = Σⱼ A[start + i, j] · v[j]` for the block's rows (`dgemv`).
    public func multiply(_ v: UnsafeBufferPointer<Double>, into out: UnsafeMutableBufferPointer<Double>) {
        precondition(v.count >= columns, "RowBlock.multiply: vector has \(v.count) elements, expected \(columns)")
        precondition(out.count >= rows, "RowBlock.multiply: output has \(out.count) elements, expected \(rows)")
        if rows == 0 { return }
        if columns == 0 {
            for i in 0..<rows { out[i] = 0 }
            return
        }
        cblas_dgemv(CblasColMajor, CblasNoTrans, Int32(rows), Int32(columns), 1, base, Int32(leadingDimension),
                    v.baseAddress, 1, 0, out.baseAddress, 1)
    }

    /// `g[j] += Σᵢ A[start + i, j] · r[i]` (`dgemv` with the block transposed).
    public func accumulateTransposedProduct(_ r: UnsafeBufferPointer<Double>,
                                            into g: UnsafeMutableBufferPointer<Double>) {
        precondition(r.count >= rows, "accumulateTransposedProduct: r has \(r.count) elements, expected \(rows)")
        precondition(g.count >= columns, "accumulateTransposedProduct: g has \(g.count) elements, expected \(columns)")
        if rows == 0 || columns == 0 { return }
        cblas_dgemv(CblasColMajor, CblasTrans, Int32(rows), Int32(columns), 1, base, Int32(leadingDimension),
                    r.baseAddress, 1, 1, g.baseAddress, 1)
    }

    /// Adds `BᵀB` to the upper triangle of the column-major `order × order` matrix `c`, where
    /// `B = diag(scale) · [1 | A_block]` (the column of ones only when `leadingOnes`), by one `dsyrk`.
    ///
    /// ```
    /// C += Σᵢ scaleᵢ² · zᵢ zᵢᵀ,   zᵢ = (1, A[start + i, ·])  or  A[start + i, ·]
    /// ```
    /// With `scale = √w` this is the block's share of `Xᵀ W X`. `B` is formed in `workspace`
    /// (at least `rows · order` elements), which the caller reuses from block to block.
    /// - Complexity: O(rows · order²).
    public func accumulateScaledGram(scale: UnsafeBufferPointer<Double>, leadingOnes: Bool,
                                     workspace: UnsafeMutableBufferPointer<Double>,
                                     into c: UnsafeMutableBufferPointer<Double>) {
        let order = columns + (leadingOnes ? 1 : 0)
        precondition(scale.count >= rows, "accumulateScaledGram: scale has \(scale.count) elements, expected \(rows)")
        precondition(workspace.count >= rows * order, "accumulateScaledGram: workspace too small")
        precondition(c.count >= order * order, "accumulateScaledGram: output too small")
        if rows == 0 || order == 0 { return }
        let w = workspace.baseAddress!
        let s = scale.baseAddress!
        var offset = 0
        if leadingOnes {
            w.update(from: s, count: rows)
            offset = rows
        }
        for j in 0..<columns {
            let column = base + j * leadingDimension
            let target = w + offset + j * rows
            for i in 0..<rows { target[i] = s[i] * column[i] }
        }
        cblas_dsyrk(CblasColMajor, CblasUpper, CblasTrans, Int32(order), Int32(rows), 1, w, Int32(rows), 1,
                    c.baseAddress, Int32(order))
    }
}

extension Matrix {
    /// Calls `body(partition, block)` for consecutive row blocks of at most `blockRows` rows.
    ///
    /// The rows are cut into `partitions` contiguous ranges of equal size; partition `p` visits its blocks in
    /// row order, and different partitions run on separate threads when `threads > 1` (OpenBLAS is kept
    /// single-threaded meanwhile, as two threads of our own use both cores better than one threaded `dsyrk`).
    /// Which rows a partition sees depends only on `rows` and `partitions`, never on `threads`, so a caller that
    /// accumulates per partition and adds the partitions in order gets bit-identical results on any thread count.
    /// `body` must only write to state owned by its partition.
    public func sweepRowBlocks(blockRows: Int, partitions: Int, threads: Int,
                               _ body: (_ partition: Int, _ block: RowBlock) -> Void) {
        precondition(blockRows > 0 && partitions > 0 && threads > 0, "sweepRowBlocks: sizes must be positive")
        let n = rows
        let chunk = (n + partitions - 1) / partitions
        // A matrix without columns has no buffer; its blocks never dereference `base`, so any valid pointer does.
        let placeholder = [0.0]
        placeholder.withUnsafeBufferPointer { spare in withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress ?? spare.baseAddress!
            func run(_ p: Int) {
                var r0 = p * chunk
                let end = min(n, r0 + chunk)
                while r0 < end {
                    let r1 = min(end, r0 + blockRows)
                    body(p, RowBlock(start: r0, rows: r1 - r0, columns: columns, base: base + r0,
                                     leadingDimension: max(1, n)))
                    r0 = r1
                }
            }
            let saved = openblas_get_num_threads()
            openblas_set_num_threads(1)
            if threads > 1 && partitions > 1 {
                DispatchQueue.concurrentPerform(iterations: partitions) { run($0) }
            } else {
                for p in 0..<partitions { run(p) }
            }
            openblas_set_num_threads(saved)
        } }
    }
}
