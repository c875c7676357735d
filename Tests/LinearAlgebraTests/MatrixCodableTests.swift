import Foundation
import Testing
@testable import LinearAlgebra

/// A matrix round-trips through JSON, and a stored matrix with the wrong number of elements is refused.
@Suite struct MatrixCodableTests {
    @Test func roundTrip() throws {
        let m = Matrix(rowMajor: [[1, 2.5], [-3, 4e-300], [5, 6]])
        let back = try JSONDecoder().decode(Matrix.self, from: JSONEncoder().encode(m))
        #expect(back == m)
        #expect(back[1, 1] == 4e-300)
    }

    @Test func wrongElementCountIsRefused() {
        let json = Data(#"{"rows": 2, "columns": 2, "storage": [1, 2, 3]}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Matrix.self, from: json) }
    }
}
