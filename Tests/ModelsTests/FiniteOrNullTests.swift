import Foundation
import Testing
import Models

/// The property wrapper that writes a non-finite number as JSON null: what it writes and what it reads back.
@Suite struct FiniteOrNullTests {
    struct Row: Codable, Equatable {
        @FiniteOrNull var value: Double
    }

    @Test func writesFiniteNumbersAndNullForTheRest() throws {
        let encoder = JSONEncoder()
        #expect(String(decoding: try encoder.encode(Row(value: 1.5)), as: UTF8.self) == #"{"value":1.5}"#)
        #expect(String(decoding: try encoder.encode(Row(value: .nan)), as: UTF8.self) == #"{"value":null}"#)
        #expect(String(decoding: try encoder.encode(Row(value: -.infinity)), as: UTF8.self) == #"{"value":null}"#)
    }

    @Test func readsNullAndAMissingKeyAsNaN() throws {
        let decoder = JSONDecoder()
        #expect(try decoder.decode(Row.self, from: Data(#"{"value":2}"#.utf8)).value == 2)
        #expect(try decoder.decode(Row.self, from: Data(#"{"value":null}"#.utf8)).value.isNaN)
        #expect(try decoder.decode(Row.self, from: Data("{}".utf8)).value.isNaN)
    }
}
