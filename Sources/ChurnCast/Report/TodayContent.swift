import Comments
import Forecast
import Ingest
import Report

/// Fills the report's parts about the business today (`ReportContent.today`, `npsByQuarter`, `segmentNPS`,
/// `callList`, `followUps`, `voice`, `riskFamilies`) from the exports, the comments and today's scores and forecast.
/// Each part is one function (`TodayContent+*.swift`); `apply(to:)` sets them all.
struct TodayContent {
    let model: ChurnCastModel
    let customers: CustomerTable
    let responses: [NPSResponse]
    /// The answers as read with their comments (`LoadedExports.answers`), of customers in the list.
    let answers: [NPSAnswers.Answer]
    let analyzer: CommentAnalyzer
    let today: TodaySnapshot
    let segmentBy: String?
    /// A numeric customer column whose values are at risk (`--value monthly_fee`).
    let valueColumn: String?
    /// The side files' names, for the call list's link.
    let files: ReportContent.SideFiles

    /// The NPS table by calendar quarter through the report's date, by `segmentBy` when given.
    let quarters: NPSTable
    /// Customer id → index in `customers`.
    let index: [String: Int32]

    /// Answers shown on the page per list.
    static let followUpDays = 30

    init(model: ChurnCastModel, data: LoadedExports, answers: [NPSAnswers.Answer], analyzer: CommentAnalyzer,
         today: TodaySnapshot, segmentBy: String?, valueColumn: String?, files: ReportContent.SideFiles) throws {
        self.model = model
        customers = data.customers
        responses = data.nps
        self.analyzer = analyzer
        self.today = today
        self.segmentBy = segmentBy
        self.valueColumn = valueColumn
        self.files = files
        var index = [String: Int32](minimumCapacity: data.customers.count)
        for (i, id) in data.customers.ids.enumerated() { index[id] = Int32(i) }
        self.index = index
        // SPEC §1: answers of customers not in the list count toward nothing.
        self.answers = answers.filter { index[$0.customerID] != nil && $0.day <= today.asOf }
        let runner = ForecastRunner(customers: data.customers, responses: data.nps)
        let segmentation = try segmentBy.map { try runner.segmentation(by: $0) }
        quarters = NPSTable.build(data.nps, segmentation: segmentation, every: .quarter, through: today.asOf)
    }

    /// Sets every part about today on `content`; returns every customer to call (the side file's list).
    func apply(to content: inout ReportContent) throws -> [ReportContent.AtRiskCustomer] {
        let analysed = analyseComments()
        let toCall = try toCall()
        content.today = try business()
        content.npsByQuarter = npsByQuarter()
        content.segmentNPS = segmentNPS()
        content.callList = ReportContent.CallList(customers: Array(toCall.prefix(ReportTables.maxToCall)),
                                                  total: toCall.count, csvFile: files.customersToCall)
        content.followUps = followUps(analysed)
        content.voice = voice(analysed)
        content.riskFamilies = RiskFamilies.make(model: model, table: today.table, predictions: today.predictions)
        content.files = files
        return toCall
    }
}
