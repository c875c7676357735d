/// What a trained model brings to its NPS forecast besides its predictions: the model error for the intervals,
/// the combination with naive, and who is expected to answer.
public struct NPSForecastSettings: Sendable, Equatable {
    public var modelError: ModelError
    public var combination: ForecastCombination
    /// `nil`: the history-only response propensity (`ResponsePropensity`).
    public var responseModel: ResponseModel?

    public init(modelError: ModelError = .none, combination: ForecastCombination = .modelOnly,
                responseModel: ResponseModel? = nil) {
        self.modelError = modelError
        self.combination = combination
        self.responseModel = responseModel
    }

    /// The model alone, no model error, history-only response: what backtests forecast with.
    public static let modelOnly = NPSForecastSettings()
}
