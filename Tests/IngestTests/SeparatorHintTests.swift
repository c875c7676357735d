import Testing
@testable import Ingest

/// A header read as one column that holds semicolons or tabs gets a hint about the separator instead of the
/// column-mapping hint (a spreadsheet in a decimal-comma locale exports "CSV" with semicolons).
@Suite struct SeparatorHintTests {
    @Test func semicolonHeaderGetsASeparatorHint() {
        let error = IngestError.missingColumns(file: "customers.csv", missing: ["\"customer_id\""],
                                               found: ["customer_id;signup_date;churn_date"])
        #expect(error.description.hasSuffix(
            "(the header looks separated by semicolons, not commas: export the file as comma-separated CSV)"))
    }

    @Test func tabHeaderGetsASeparatorHint() {
        #expect(IngestError.otherSeparator(in: ["customer_id\tdate\tscore"]) == "tabs")
    }

    @Test func ordinaryHeaderKeepsTheMappingHint() {
        let error = IngestError.missingColumns(file: "nps.csv", missing: ["\"date\""], found: ["customer_id", "when"])
        #expect(error.description.hasSuffix("(map export names with --map or churncast.json)"))
        #expect(IngestError.otherSeparator(in: ["a;b", "c"]) == nil)
    }
}
