import Testing
@testable import Ingest

/// A header read as one column that holds another separator gets a hint naming the `--delimiter` that reads it
/// instead of the column-mapping hint (a spreadsheet in a decimal-comma locale exports "CSV" with semicolons).
@Suite struct SeparatorHintTests {
    @Test func semicolonHeaderGetsASeparatorHint() {
        let error = IngestError.missingColumns(file: "customers.csv", missing: ["\"customer_id\""],
                                               found: ["customer_id;signup_date;churn_date"])
        #expect(error.description.hasSuffix("; it looks separated by ';': pass --delimiter ';'"))
    }

    @Test func tabHeaderGetsASeparatorHint() {
        #expect(IngestError.otherSeparator(in: ["customer_id\tdate\tscore"]) == "it looks separated by tabs: pass --delimiter tab")
    }

    @Test func commaHeaderReadWithAnotherSeparatorGetsTheCommaHint() {
        #expect(IngestError.otherSeparator(in: ["customer_id,date"]) == "it looks separated by ',': pass --delimiter ','")
    }

    @Test func ordinaryHeaderKeepsTheMappingHint() {
        let error = IngestError.missingColumns(file: "nps.csv", missing: ["\"date\""], found: ["customer_id", "when"])
        #expect(error.description.hasSuffix("(map export names with --map or churncast.json)"))
        #expect(IngestError.otherSeparator(in: ["a;b", "c"]) == nil)
    }
}
