import Foundation
import Testing
import Support
import LinearAlgebra
@testable import Models

/// `LinearRegression(solver: .normalEquations)`: the same answers as QR where the design is well-conditioned,
/// and QR itself (the fallback) where it is not.
@Suite struct NormalEquationsSolverTests {
    /// statsmodels' OLS on stackloss (Fixtures/linear_reference.json, scripts/reference/linear_statsmodels.py),
    /// with and without an intercept: κ of the scaled design is small, so normal equations keep ~13 digits.
    @Test(arguments: ["stackloss", "stackloss_origin"])
    func matchesStatsmodelsOnStackloss(_ name: String) throws {
        let ref = try #require(try LinearReferenceCase.all().first { $0.name == name })
        let result = try LinearRegression(intercept: ref.intercept, solver: .normalEquations)
            .fit(x: Matrix(rowMajor: ref.x), y: ref.y, names: ref.names)
        #expect(result.solver == .normalEquations)
        #expect(result.refinementSteps == 0)
        for j in ref.params.indices {
            #expect(close(result.coefficients[j], ref.params[j], 1e-10), "\(name) estimate \(j)")
            #expect(close(result.standardErrors[j], ref.bse[j], 1e-10), "\(name) std err \(j)")
        }
        #expect(close(result.rSquared, ref.rsquared!, 1e-12))
        #expect(close(result.residualStandardError, ref.residStdErr!, 1e-10))
    }

    /// scikit-learn's `Ridge` on stackloss (intercept unpenalised), as in `ridgeMatchesScikitLearn`.
    @Test func ridgeMatchesScikitLearn() throws {
        let ref = try #require(try LinearReferenceCase.all().first { $0.name == "stackloss_ridge" })
        let result = try LinearRegression(ridge: ref.ridge, solver: .normalEquations)
            .fit(x: Matrix(rowMajor: ref.x), y: ref.y, names: ref.names)
        #expect(result.solver == .normalEquations)
        for j in ref.params.indices {
            #expect(close(result.coefficients[j], ref.params[j], 1e-10), "ridge estimate \(j)")
            #expect(close(result.standardErrors[j], ref.bse[j], 1e-9), "ridge std err \(j)")
        }
    }

    /// A planted, well-conditioned design (20,000 × 12, columns with offsets and different scales, so centring
    /// and scaling matter): both solvers agree to 1e-10 in coefficients, standard errors, the whole covariance
    /// and the residual sum of squares, with and without ridge and intercept.
    @Test(arguments: [(true, 0.0), (true, 2.5), (false, 0.0), (false, 2.5)])
    func agreesWithQR(_ setting: (intercept: Bool, ridge: Double)) throws {
        let (x, y) = Self.planted(rows: 20_000, columns: 12, seed: 7)
        let names = (0..<x.columns).map { "x\($0)" }
        let qr = try LinearRegression(intercept: setting.intercept, ridge: setting.ridge).fit(x: x, y: y, names: names)
        let fast = try LinearRegression(intercept: setting.intercept, ridge: setting.ridge, solver: .normalEquations)
            .fit(x: x, y: y, names: names)
        #expect(qr.solver == .qr && fast.solver == .normalEquations)
        #expect(fast.conditionNumber < NormalEquationsSolver.conditionLimit)
        for j in qr.coefficients.indices {
            #expect(close(fast.coefficients[j], qr.coefficients[j], 1e-10), "coefficient \(j)")
            #expect(close(fast.standardErrors[j], qr.standardErrors[j], 1e-10), "standard error \(j)")
        }
        let scale = qr.covariance.map(abs).max()!
        for (a, b) in zip(fast.covariance, qr.covariance) { #expect(abs(a - b) <= 1e-10 * scale) }
        #expect(close(fast.residualSumOfSquares, qr.residualSumOfSquares, 1e-12))
        // The planted truth is recovered too (noise sd 0.5 on 20,000 rows: standard errors near 0.005).
        if setting.intercept && setting.ridge == 0 {
            for (j, b) in Self.plantedSlopes.enumerated() { #expect(abs(fast.coefficients[j + 1] - b) < 0.05) }
        }
    }

    /// NIST StRD's Wampler polynomials: κ(ZᵀZ) ≈ 6.4e6 after centring, above `conditionLimit`, where plain normal
    /// equations keep only 6–7 digits; the corrected semi-normal steps must reach the certified digits that
    /// `NISTLinearRegressionTests` asks of QR (9; 7 for the large-residual Wampler4 and 5).
    @Test(arguments: [("Wampler1", 9.0), ("Wampler2", 9.0), ("Wampler3", 9.0), ("Wampler4", 7.0), ("Wampler5", 7.0)])
    func illConditionedIsCorrectedToTheCertifiedDigits(_ requirement: (name: String, digits: Double)) throws {
        let data = try NISTDataset.load(requirement.name)
        let (x, names, intercept) = data.design
        let result = try LinearRegression(intercept: intercept, solver: .normalEquations).fit(x: x, y: data.y, names: names)
        #expect(result.solver == .normalEquations)
        #expect(result.refinementSteps > 0 && result.conditionNumber > NormalEquationsSolver.conditionLimit)
        let digits = zip(result.coefficients, data.certifiedEstimates).map { agreeingDigits($0, $1) }.min()!
        #expect(digits >= requirement.digits, "\(requirement.name): \(digits) digits")
    }

    /// Filip's Gram matrix is not numerically positive definite: the fit falls back to QR and meets its 7
    /// certified digits.
    @Test func notPositiveDefiniteFallsBackToQR() throws {
        let data = try NISTDataset.load("Filip")
        let (x, names, intercept) = data.design
        let result = try LinearRegression(intercept: intercept, solver: .normalEquations).fit(x: x, y: data.y, names: names)
        #expect(result.solver == .qr)
        let digits = zip(result.coefficients, data.certifiedEstimates).map { agreeingDigits($0, $1) }.min()!
        #expect(digits >= 7, "Filip: \(digits) digits")
    }

    /// NIST problems whose centred Gram matrix passes the check (Norris κ ≈ 1, Pontius ≈ 91, Longley ≈ 4.4e4:
    /// centring removes most of Longley's ill-conditioning) stay on normal equations and keep 9 certified digits,
    /// which is what the limit promises.
    @Test(arguments: ["Norris", "Pontius", "Longley", "NoInt1", "NoInt2"])
    func wellConditionedNISTStaysOnNormalEquations(_ name: String) throws {
        let data = try NISTDataset.load(name)
        let (x, names, intercept) = data.design
        let result = try LinearRegression(intercept: intercept, solver: .normalEquations).fit(x: x, y: data.y, names: names)
        #expect(result.solver == .normalEquations)
        let digits = zip(result.coefficients, data.certifiedEstimates).map { agreeingDigits($0, $1) }.min()!
        #expect(digits >= 9, "\(name): \(digits) digits")
        let errors = zip(result.standardErrors, data.certifiedStandardErrors).map { agreeingDigits($0, $1) }.min()!
        #expect(errors >= 9, "\(name): \(errors) digits in the standard errors")
        #expect(result.reliableDigits <= Int(digits.rounded(.down)), "\(name) claims more digits than it has")
    }

    /// Two nearly collinear predictors (the second is the first plus `gap` × noise, a Longley-like design): with
    /// gap 1e-3, κ(ZᵀZ) ≈ 1e6–1e7 after centring, so the corrected normal equations answer and agree with QR to
    /// 1e-9; with gap 1e-6, κ(ZᵀZ) ≈ 1e12 is beyond the corrected limit, so the fit is QR's, to the last bit.
    /// A small ridge keeps the Gram matrix above the limit, and the corrections then converge to the ridge solution
    /// (QR's, of the augmented design), not the unpenalised one.
    @Test(arguments: [0.0, 1e-7])
    func nearlyCollinearDesignIsCorrectedOrFallsBackToQR(ridge: Double) throws {
        let (planted, y) = Self.planted(rows: 500, columns: 3, seed: 11)
        let names = ["a", "b", "c"]
        for gap in [1e-3, 1e-6] {
            var x = planted
            for i in 0..<x.rows { x[i, 1] = x[i, 0] + gap * (x[i, 2] - planted[i, 2].rounded()) }
            let fast = try LinearRegression(ridge: ridge, solver: .normalEquations).fit(x: x, y: y, names: names)
            let qr = try LinearRegression(ridge: ridge).fit(x: x, y: y, names: names)
            let gramCondition = ridge > 0 ? fast.conditionNumber : qr.conditionNumber * qr.conditionNumber
            if gap == 1e-3 {
                #expect(gramCondition > NormalEquationsSolver.conditionLimit, "κ² \(gramCondition)")
                #expect(fast.solver == .normalEquations && fast.refinementSteps > 0)
                for j in qr.coefficients.indices {
                    #expect(close(fast.coefficients[j], qr.coefficients[j], 1e-9), "gap \(gap), coefficient \(j)")
                }
            } else if ridge == 0 {
                #expect(gramCondition > NormalEquationsSolver.correctedConditionLimit, "κ² \(gramCondition)")
                #expect(fast.solver == .qr)
                #expect(fast.coefficients == qr.coefficients)
            }
        }
    }

    /// An exactly dependent column makes Cholesky fail; QR then names the dependency as usual.
    @Test func rankDeficiencyStillNamesTheColumns() throws {
        let a: [Double] = [1, 2, 3, 4, 5, 6, 7], b: [Double] = [2, 1, 0, 1, 2, 5, 3]
        let c = zip(a, b).map { $0 + 2 * $1 }
        let error = #expect(throws: ModelsError.self) {
            try LinearRegression(solver: .normalEquations)
                .fit(x: Matrix(columns: [a, b, c]), y: [1, 3, 2, 5, 4, 6, 8], names: ["a", "b", "c"])
        }
        guard case .rankDeficient(_, _, let dependencies)? = error else {
            Issue.record("expected rankDeficient, got \(String(describing: error))"); return
        }
        #expect(Set([dependencies[0].column] + dependencies[0].combinationOf) == ["a", "b", "c"])
    }

    @Test func solverRoundTripsAndDefaultsToQR() throws {
        let config = LinearRegression(ridge: 1, solver: .normalEquations)
        #expect(try JSONDecoder().decode(LinearRegression.self, from: JSONEncoder().encode(config)) == config)
        let old = #"{"intercept":true,"ridge":0,"rankTolerance":1e-11}"#
        #expect(try JSONDecoder().decode(LinearRegression.self, from: Data(old.utf8)).solver == .qr)
    }

    static let plantedSlopes: [Double] = [1.5, -2, 0.5, 0, 3, -1, 0.25, 2, -0.75, 1, 0.1, -3]

    /// `y = 4 + Σ βⱼ xⱼ + N(0, 0.5²)`-like noise (a sum of uniforms), `xⱼ = offsetⱼ + scaleⱼ · U(−1, 1)`,
    /// from SplitMix64 so the data are the same everywhere.
    static func planted(rows: Int, columns: Int, seed: UInt64) -> (Matrix, [Double]) {
        var rng = SplitMix64(seed: seed)
        func uniform() -> Double { rng.unit() }
        var x = Matrix(rows: rows, columns: columns)
        var y = [Double](repeating: 4, count: rows)
        for i in 0..<rows {
            for j in 0..<columns {
                let v = Double(j * 3 - 10) + Double(j % 4 + 1) * (2 * uniform() - 1)
                x[i, j] = v
                y[i] += plantedSlopes[j] * v
            }
            y[i] += 0.5 * ((uniform() + uniform() + uniform() - 1.5) * 2)
        }
        return (x, y)
    }
}
