import Testing
import LinearAlgebra
@testable import Models

/// NIST StRD linear regression (https://www.itl.nist.gov/div898/strd/lls/lls.shtml): every certified coefficient and
/// standard error to at least 9 significant digits (7 for Filip, Wampler4, Wampler5), and never fewer digits than the
/// result's `reliableDigits` claims; where that claim is low (Filip), the printed summary says the design is
/// ill-conditioned and shows only the claimed digits.
@Suite struct NISTLinearRegressionTests {
    static let requirements: [(name: String, digits: Double)] = [
        ("Norris", 9), ("Pontius", 9), ("NoInt1", 9), ("NoInt2", 9), ("Filip", 7), ("Longley", 9),
        ("Wampler1", 9), ("Wampler2", 9), ("Wampler3", 9), ("Wampler4", 7), ("Wampler5", 7),
    ]

    struct Achieved { let coefficients: Double; let standardErrors: Double; let claimed: Int }

    static func achieved(_ data: NISTDataset) throws -> (Achieved, LinearRegressionResult) {
        let (x, names, intercept) = data.design
        let result = try LinearRegression(intercept: intercept).fit(x: x, y: data.y, names: names)
        let coefficientDigits = zip(result.coefficients, data.certifiedEstimates).map { agreeingDigits($0, $1) }.min()!
        let errorDigits = zip(result.standardErrors, data.certifiedStandardErrors).map { agreeingDigits($0, $1) }.min()!
        return (Achieved(coefficients: coefficientDigits, standardErrors: errorDigits, claimed: result.reliableDigits), result)
    }

    @Test(arguments: requirements)
    func certifiedValues(_ requirement: (name: String, digits: Double)) throws {
        let data = try NISTDataset.load(requirement.name)
        let (got, result) = try Self.achieved(data)
        print("NIST \(requirement.name): coefficients \(got.coefficients), standard errors \(got.standardErrors), claimed \(got.claimed), condition \(result.conditionNumber)")
        #expect(result.coefficients.count == data.certifiedEstimates.count)
        #expect(got.coefficients >= requirement.digits, "\(requirement.name) coefficients")
        #expect(got.standardErrors >= requirement.digits, "\(requirement.name) standard errors")
        // Honesty: never fewer digits than the result vouches for.
        #expect(got.coefficients >= Double(got.claimed), "\(requirement.name) claims \(got.claimed) digits")
        #expect(got.standardErrors >= Double(got.claimed), "\(requirement.name) claims \(got.claimed) digits")
        // Fit statistics (R² is undefined-free here; F is infinite for the exact fits Wampler1–2).
        if data.residualStandardDeviation > 0 {
            #expect(agreeingDigits(result.residualStandardError, data.residualStandardDeviation) >= requirement.digits)
            #expect(agreeingDigits(result.fStatistic, data.fStatistic) >= requirement.digits - 1)
        } else {
            #expect(result.residualStandardError < 1e-6 * abs(data.y.max()!))
        }
        #expect(agreeingDigits(result.rSquared, data.rSquared) >= requirement.digits)
    }

    @Test func filipSummaryAdmitsIllConditioning() throws {
        let data = try NISTDataset.load("Filip")
        let (x, names, _) = data.design
        let result = try LinearRegression().fit(x: x, y: data.y, names: names)
        #expect(result.reliableDigits < LinearRegressionResult.warningDigits)
        let summary = result.summary(target: "y")
        #expect(summary.significantDigits == result.reliableDigits)
        #expect(summary.notes.contains { $0.contains("ill-conditioned") })
        let longley = try NISTDataset.load("Longley")
        let good = try LinearRegression().fit(x: longley.design.x, y: longley.y, names: longley.design.names)
        #expect(!good.summary().notes.contains { $0.contains("ill-conditioned") })
    }
}
