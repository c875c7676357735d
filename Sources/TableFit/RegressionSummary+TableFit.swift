import Models

extension RegressionSummary {
    /// The text of a table fit: this statsmodels-style summary, a line on the rows dropped from `design`, and the
    /// cross-validation block scored by `metricName`.
    func rendered(design: DesignMatrix, crossValidation: CrossValidationReport?, metricName: String) -> String {
        var out = rendered()
        if design.droppedRows > 0 {
            out += "\(design.droppedRows) row\(design.droppedRows == 1 ? "" : "s") with missing values dropped.\n"
        }
        if let cv = crossValidation { out += "\n" + cv.rendered(metricName: metricName) }
        return out
    }
}
