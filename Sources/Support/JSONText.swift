import Foundation

/// The one JSON encoding of every `--json` output: pretty, keys sorted, slashes unescaped (stable for machines and
/// diffs), and non-finite numbers written as the strings "nan", "inf" and "-inf" instead of failing.
public enum JSONText {
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf",
                                                                      nan: "nan")
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
