import Testing
@testable import LinearAlgebra

/// Row-blocked sweeps and the pivoted Cholesky, against hand-computed values.
@Suite struct RowBlockTests {
    /// A = [[1,2],[3,4],[5,6],[7,8],[9,10]], scale s = (1,2,1,0,1), with a leading column of ones:
    /// Σ sᵢ² zᵢzᵢᵀ, zᵢ = (1, aᵢ₁, aᵢ₂) computed by hand:
    /// Σs² = 7; Σs²a₁ = 1+12+5+9 = 27; Σs²a₂ = 2+16+6+10 = 34;
    /// Σs²a₁² = 1+36+25+81 = 143; Σs²a₁a₂ = 2+48+30+90 = 170; Σs²a₂² = 4+64+36+100 = 204.
    @Test func scaledGramOverBlocksAndPartitionsMatchesHandComputed() {
        let a = Matrix(rowMajor: [[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]])
        let scale: [Double] = [1, 2, 1, 0, 1]
        let expected: [Double] = [7, 27, 34, 27, 143, 170, 34, 170, 204]
        for (blockRows, partitions, threads) in [(5, 1, 1), (2, 1, 1), (1, 2, 2), (2, 2, 1), (3, 3, 2)] {
            var sums = [[Double]](repeating: [Double](repeating: 0, count: 9), count: partitions)
            var workspaces = [[Double]](repeating: [Double](repeating: 0, count: blockRows * 3), count: partitions)
            var visited = [[Int]](repeating: [], count: partitions)
            sums.withUnsafeMutableBufferPointer { sumsBuffer in
                workspaces.withUnsafeMutableBufferPointer { workBuffer in
                    visited.withUnsafeMutableBufferPointer { visitedBuffer in
                        a.sweepRowBlocks(blockRows: blockRows, partitions: partitions, threads: threads) { p, block in
                            for i in 0..<block.rows { visitedBuffer[p].append(block.start + i) }
                            let s = Array(scale[block.start..<(block.start + block.rows)])
                            s.withUnsafeBufferPointer { sp in
                                workBuffer[p].withUnsafeMutableBufferPointer { w in
                                    sumsBuffer[p].withUnsafeMutableBufferPointer { c in
                                        block.accumulateScaledGram(scale: sp, leadingOnes: true, workspace: w, into: c)
                                    }
                                }
                            }
                        }
                    }
                }
            }
            var total = [Double](repeating: 0, count: 9)
            for part in sums { for k in 0..<9 { total[k] += part[k] } }
            // Only the upper triangle is written.
            for j in 0..<3 { for i in 0...j { #expect(total[i + j * 3] == expected[i + j * 3]) } }
            // Every row visited exactly once, each partition's rows contiguous and in order.
            #expect(visited.flatMap { $0 } == [0, 1, 2, 3, 4])
        }
    }

    @Test func blockProductsMatchWholeMatrix() {
        let a = Matrix(rowMajor: [[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]])
        var eta = [Double](repeating: 0, count: 5)
        var g = [0.0, 0.0]
        let v = [1.0, -1.0], r = [1.0, 0, 2, 0, -1]
        a.sweepRowBlocks(blockRows: 2, partitions: 1, threads: 1) { _, block in
            var part = [Double](repeating: 0, count: block.rows)
            v.withUnsafeBufferPointer { vp in part.withUnsafeMutableBufferPointer { block.multiply(vp, into: $0) } }
            for i in 0..<block.rows { eta[block.start + i] = part[i] }
            let rBlock = Array(r[block.start..<(block.start + block.rows)])
            rBlock.withUnsafeBufferPointer { rp in
                g.withUnsafeMutableBufferPointer { block.accumulateTransposedProduct(rp, into: $0) }
            }
        }
        #expect(eta == [-1, -1, -1, -1, -1])
        // Aᵀr = (1 + 10 − 9, 2 + 12 − 10) = (2, 4).
        #expect(g == [2, 4])
    }

    @Test func pivotedCholeskyFindsTheDependentColumn() throws {
        // Columns: a, b, a + b (exactly dependent), Gram matrix by hand from a = (1,0,1), b = (0,1,1).
        let x = Matrix(rowMajor: [[1, 0, 1], [0, 1, 1], [1, 1, 2]])
        let gram = BLAS.gram(x, blocks: 1, threads: 1)
        let p = try PivotedCholesky(gram, tolerance: 1e-12)
        #expect(p.rank == 2)
        let dependent = p.permutation[2]
        let combination = try p.combination(ofPivot: 2)
        #expect(Set(combination + [dependent]) == [0, 1, 2])
        #expect(combination.count == 2)
        let full = try PivotedCholesky(Matrix(rowMajor: [[4, 2], [2, 3]]), tolerance: 1e-12)
        #expect(full.rank == 2 && Set(full.permutation) == [0, 1])
    }
}
