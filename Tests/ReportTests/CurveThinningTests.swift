import Testing
import Foundation
@testable import Report

@Suite struct CurveThinningTests {
    /// The binormal ROC curve: scores N(0,1) for stayers and N(d,1) for churners, at 100,001 thresholds.
    /// Its exact area is Φ(d/√2) (Hanley & McNeil 1982); for d = 1.2 that is Φ(0.848528) = 0.801928 (scipy.stats.norm.cdf).
    func binormal(d: Double, count: Int) -> [ChartPoint] {
        func upperTail(_ z: Double) -> Double { 0.5 * erfc(z / 2.0.squareRoot()) }
        return (0..<count).map { i in
            let t = 8 - 16 * Double(i) / Double(count - 1)
            return ChartPoint(upperTail(t), upperTail(t - d))
        }
    }

    func area(_ p: [ChartPoint]) -> Double {
        zip(p, p.dropFirst()).reduce(0) { $0 + ($1.1.x - $1.0.x) * ($1.1.y + $1.0.y) / 2 }
    }

    @Test func keepsTheAreaOfALongCurve() {
        let full = binormal(d: 1.2, count: 100_001)
        #expect(abs(area(full) - 0.801928) < 1e-5)
        let thin = CurveThinning.thin(full, maxCount: 400)
        #expect(thin.count <= 400 && thin.count > 300)
        #expect(thin.first! == full.first! && thin.last! == full.last!)
        #expect(abs(area(thin) - 0.801928) < 2e-4)
    }

    @Test func leavesShortCurvesAlone() {
        let pts = [ChartPoint(0, 0), ChartPoint(0.5, 0.8), ChartPoint(1, 1)]
        #expect(CurveThinning.thin(pts, maxCount: 10) == pts)
    }

    @Test func keepsPointsInOrder() {
        let thin = CurveThinning.thin(binormal(d: 2, count: 5000), maxCount: 50)
        #expect(thin.count <= 50)
        #expect(zip(thin, thin.dropFirst()).allSatisfy { $0.x <= $1.x && $0.y <= $1.y })
    }
}
