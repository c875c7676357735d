import Foundation
import LinearAlgebra

/// A NIST StRD linear regression dataset with its certified values, read from Fixtures/NIST/<Name>.txt
/// (see Fixtures/NIST/PROVENANCE.md).
struct NISTDataset {
    enum Model { case linear(Int), origin(Int), polynomial(Int) }
    let name: String
    let model: Model
    let certifiedEstimates: [Double]
    let certifiedStandardErrors: [Double]
    let residualStandardDeviation: Double
    let rSquared: Double
    let fStatistic: Double
    let y: [Double]
    /// Predictor values as written in the file (one array per data row, without y).
    let rows: [[Double]]

    static func load(_ name: String) throws -> NISTDataset {
        let url = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/NIST/\(name).txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        var model: Model?, estimates: [Double] = [], errors: [Double] = []
        var fields: [String: Double] = [:]
        var y: [Double] = [], rows: [[Double]] = []
        var inData = false
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ").map(String.init)
            guard let head = parts.first, !head.hasPrefix("#") else { continue }
            if inData {
                let values = parts.map { Double($0)! }
                y.append(values[0])
                rows.append(Array(values.dropFirst()))
                continue
            }
            switch head {
            case "data": inData = true
            case "name": break
            case "model":
                let k = Int(parts[2])!
                model = parts[1] == "polynomial" ? .polynomial(k) : parts[1] == "origin" ? .origin(k) : .linear(k)
            case "certified":
                estimates.append(Double(parts[2])!)
                errors.append(Double(parts[3])!)
            default:
                fields[head] = parts[1] == "inf" ? .infinity : Double(parts[1])!
            }
        }
        return NISTDataset(name: name, model: model!, certifiedEstimates: estimates, certifiedStandardErrors: errors,
                           residualStandardDeviation: fields["residual_sd"]!, rSquared: fields["r_squared"]!,
                           fStatistic: fields["f_statistic"]!, y: y, rows: rows)
    }

    /// The predictor matrix as a user would build it: polynomial models get columns x, x², …, xᵈ.
    var design: (x: Matrix, names: [String], intercept: Bool) {
        switch model {
        case .linear(let k):
            return (Matrix(rowMajor: rows), (1...k).map { "x\($0)" }, true)
        case .origin(let k):
            return (Matrix(rowMajor: rows), (1...k).map { "x\($0)" }, false)
        case .polynomial(let d):
            let columns = (1...d).map { power in rows.map { pow($0[0], Double(power)) } }
            return (Matrix(columns: columns), (1...d).map { "x^\($0)" }, true)
        }
    }
}

/// Log relative error ("LRE", McCullough 1998): the number of significant digits `value` shares with `certified`;
/// the absolute version when the certified value is 0. Capped at 15.
func agreeingDigits(_ value: Double, _ certified: Double) -> Double {
    if value == certified { return 15 }
    let error = certified == 0 ? abs(value) : abs(value - certified) / abs(certified)
    return min(15, -log10(error))
}
