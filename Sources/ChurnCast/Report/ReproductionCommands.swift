import Report

/// The `churncast` command lines that reproduce each part of a report, as the report lists them.
enum ReproductionCommands {
    /// - Parameters: `request` names the model, the data and the as-of date as the user wrote them; `model` gives
    ///   the training dates and horizon.
    static func make(for request: ReportJob.BuildRequest, model: ChurnCastModel) -> ReportContent.ReproductionCommands {
        let (source, by, out) = (request.exports.source, request.segmentBy, request.out)
        let common = "--model \(request.modelPath) --data \(source) --as-of \(request.asOfArgument)"
        let training = model.training
        return ReportContent.ReproductionCommands(
            train: "churncast train --data \(source) --as-of \(training.snapshots.joined(separator: ",")) "
                + "--horizon \(training.horizonDays) --model \(request.modelPath)",
            evaluate: "churncast evaluate \(common) --backtest",
            score: "churncast score \(common) --out scores.csv",
            forecast: "churncast forecast \(common)",
            segmentForecast: by.map { "churncast forecast \(common) --by \($0)" },
            report: "churncast report \(common)\(by.map { " --by \($0)" } ?? "") --out \(out)")
    }
}
