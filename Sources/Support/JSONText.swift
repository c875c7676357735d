import Foundation

/// The one JSON style of everything ChurnCast writes (`--json` outputs, the model file, the report's files and the
/// generator's planted truth): snake_case keys (SPEC
/// section 4), pretty, keys sorted, slashes unescaped (stable for machines and diffs), and non-finite numbers
/// written as the strings "nan", "inf" and "-inf" instead of failing. Types keep their Swift (camelCase) property
/// names; the key strategy converts them here, once. Dictionary keys (data such as level names) are left as they are.
public enum JSONText {
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try makeEncoder().encode(value), as: UTF8.self)
    }

    /// The encoder of this style, for writers that need the bytes (the model file).
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf",
                                                                      nan: "nan")
        return encoder
    }

    /// Keys of the model file that its types spell in snake_case themselves (`CoefficientEstimate`'s), read back
    /// as they are by `makeDecoder(verbatim:)`. A type added to the model file with such keys adds them here; the
    /// model round-trip test (`OutputsAndVocabularyTests`) fails until it does.
    public static let modelFileVerbatimKeys: Set<String> = ["std_error", "p_value", "ci_low", "ci_high"]

    /// A decoder that reads this style back into the same types: snake_case keys to camelCase property names,
    /// except `verbatim` keys — those the types spell in snake_case themselves (`CodingKeys` such as
    /// `std_error`), which the encoder leaves as they are and which must not be converted back either.
    public static func makeDecoder(verbatim: Set<String> = []) -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .custom { path in
            let key = path.last!.stringValue
            return JSONKey(verbatim.contains(key) ? key : camelCase(key))
        }
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf",
                                                                        nan: "nan")
        return decoder
    }

    /// Words that property names write in capitals (`churnAUC`, `nextScoreRMSE`), which `.convertToSnakeCase`
    /// lowercases and the standard `.convertFromSnakeCase` would read back as `churnAuc`. A new property named with
    /// another acronym needs its word here; `JSONTextTests` round-trips the model file to catch a missing one.
    public static let acronyms: [String: String] = ["auc": "AUC", "mae": "MAE", "rmse": "RMSE", "sd": "SD"]

    /// `next_score_rmse` → `nextScoreRMSE`; a key without underscores is returned as it is.
    public static func camelCase(_ key: String) -> String {
        guard key.contains("_") else { return key }
        let words = key.split(separator: "_", omittingEmptySubsequences: true)
        guard let first = words.first else { return key }
        return String(first) + words.dropFirst().map { word in
            acronyms[String(word)] ?? word.prefix(1).uppercased() + word.dropFirst()
        }.joined()
    }

    /// A coding key made from a string.
    struct JSONKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
