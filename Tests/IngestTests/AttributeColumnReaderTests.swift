import Testing
@testable import Ingest

/// The attribute reader's one pass: tokens of every first-byte class are missing values (the filter that spares
/// most values the set lookup), a value sharing only a token's first byte is not, and the first bad value of a
/// numeric column is the one reported. Expected values written out by hand.
@Suite struct AttributeColumnReaderTests {
    static let format = ExportFormat(naValues: ["?", "NA", "n/a", "—", "ø"])
    static let reader = AttributeColumnReader(file: "customers.csv", format: format)

    static func read(_ values: [String]) throws -> AttributeColumnReader.Numeric? {
        try reader.read(values, name: "seats", field: 3, lines: values.indices.map { $0 + 2 })
    }

    @Test func tokensOfEveryFirstByteAreMissing() throws {
        let column = try #require(try Self.read(["1", "?", "NA", "—", "n/a", "ø", "2", "", "NA"]))
        #expect(column.values.map { $0.isNaN ? -1 : $0 } == [1, -1, -1, -1, -1, -1, 2, -1, -1])
        #expect(column.missing == 7 && column.tokens == ["?", "NA", "—", "n/a", "ø", "empty"])
    }

    @Test func aValueSharingATokensFirstByteIsNotMissing() {
        for stray in ["N", "NB", "nan", "—x", "?!"] {
            let error = thrownError { _ = try Self.read(["1", stray, "2", "3"]) } as? IngestError
            guard case .invalidValue(let at, _, let found)? = error else { Issue.record("\(stray)"); continue }
            #expect(at.line == 3 && found == "\"\(stray)\"")
        }
    }

    @Test func theFirstOfSeveralBadValuesIsReported() {
        let error = thrownError { _ = try Self.read(["1", "NA", "x", "2", "y", "3", "4"]) } as? IngestError
        guard case .invalidValue(let at, _, let found)? = error else { Issue.record("\(String(describing: error))"); return }
        #expect(at.line == 4 && at.column == 4 && found == "\"x\"")
    }

    @Test func aTextColumnWithTokensIsText() throws {
        #expect(try Self.read(["basic", "NA", "pro", "?", "1"]) == nil)
    }
}
