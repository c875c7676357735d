extension RiskBands {
    /// The values an ascending sort of `p` puts at the positions of the 90th and 70th percentiles (the band cuts),
    /// found by selection in O(n) instead of sorting every training prediction (4.8M at a million customers).
    /// With a NaN among them (never from a fitted model) the values come from the sort, whose order NaN decides.
    static func cuts(_ p: [Double]) -> (high: Double, medium: Double) {
        func position(_ q: Double) -> Int { min(p.count - 1, Int((q * Double(p.count)).rounded(.down))) }
        let high = position(0.9), medium = position(0.7)
        if p.contains(where: \.isNaN) {
            let sorted = p.sorted()
            return (sorted[high], sorted[medium])
        }
        var a = p
        return a.withUnsafeMutableBufferPointer { a in
            select(a, high, in: 0..<a.count)
            // The positions up to `high` hold the high + 1 smallest values, so the medium cut is among them.
            select(a, medium, in: 0..<(high + 1))
            return (a[high], a[medium])
        }
    }

    /// Rearranges `a[range]` so that `a[k]` holds the value an ascending sort of the range puts there, with no
    /// larger value before it and no smaller one after (Hoare's selection with a median-of-three pivot; the range
    /// left is sorted if it takes more than about 2 log₂ n rounds). For values without NaN.
    static func select(_ a: UnsafeMutableBufferPointer<Double>, _ k: Int, in range: Range<Int>) {
        precondition(range.contains(k), "position outside the range")
        var lo = range.lowerBound, hi = range.upperBound - 1
        var rounds = 2 * (Int.bitWidth - range.count.leadingZeroBitCount) + 8
        while hi > lo {
            guard rounds > 0 else {
                var rest = UnsafeMutableBufferPointer(rebasing: a[lo...hi])
                rest.sort()
                return
            }
            rounds -= 1
            let mid = lo + (hi - lo) / 2
            if a[mid] < a[lo] { a.swapAt(mid, lo) }
            if a[hi] < a[lo] { a.swapAt(hi, lo) }
            if a[hi] < a[mid] { a.swapAt(hi, mid) }
            let pivot = a[mid]
            var i = lo, j = hi
            while i <= j {
                while a[i] < pivot { i += 1 }
                while pivot < a[j] { j -= 1 }
                if i <= j { a.swapAt(i, j); i += 1; j -= 1 }
            }
            // a[lo...j] ≤ pivot ≤ a[i...hi], and whatever lies between equals the pivot.
            if k <= j { hi = j } else if k >= i { lo = i } else { return }
        }
    }
}
