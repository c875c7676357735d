/// Short names for the content types inside this module. The types themselves are nested in `ReportContent`
/// (e.g. `ReportContent.GainsRow`) so that they never clash with the evaluation and forecast modules' own types
/// (`Evaluation.GainsRow`, `Forecast.NPSForecast`, ...) in code that imports all of them.
typealias AtRiskCustomer = ReportContent.AtRiskCustomer
typealias BacktestRow = ReportContent.BacktestRow
typealias CalibrationBin = ReportContent.CalibrationBin
typealias Coefficient = ReportContent.Coefficient
typealias ROCPoint = ReportContent.ROCPoint
typealias PRPoint = ReportContent.PRPoint
typealias DataDescription = ReportContent.DataDescription
typealias GainsRow = ReportContent.GainsRow
typealias HeadlineMetrics = ReportContent.HeadlineMetrics
typealias BaselineMetrics = ReportContent.BaselineMetrics
typealias NextScoreErrors = ReportContent.NextScoreErrors
typealias Interval = ReportContent.Interval
typealias NPSForecast = ReportContent.NPSForecast
typealias NPSQuarter = ReportContent.NPSQuarter
typealias ReproductionCommands = ReportContent.ReproductionCommands
typealias RiskBandRow = ReportContent.RiskBandRow
typealias SegmentForecast = ReportContent.SegmentForecast
