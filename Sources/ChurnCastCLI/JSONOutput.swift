import ChurnCast
import Foundation

/// Pretty JSON with sorted keys (stable output for machines and diffs).
func jsonText<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    guard let text = String(data: try encoder.encode(value), encoding: .utf8) else {
        throw PipelineError.internalFailure("JSON output is not UTF-8")
    }
    return text
}
