import Features

extension ChurnCastModel {
    /// The model's churn definition (model files without one are contract models).
    public var churnDefinition: ChurnDefinition { snapshot.churnDefinition ?? .contract }

    /// The line that says the definition and channels when they are not the defaults (`ChurnDefinition.note`).
    public var activityNote: String? {
        ChurnDefinition.note(churnDefinition, channels: snapshot.channels, horizonDays: training.horizonDays)
    }

    /// Refuses a churn definition asked for on the command line or in churncast.json that is not the model's.
    func requireDefinition(_ asked: ChurnDefinition?) throws {
        guard let asked, asked != churnDefinition else { return }
        throw PipelineError.invalidOption("--churn-definition \(asked.rawValue): the model was trained with "
            + "\(churnDefinition.rawValue); scoring and evaluation use the model's definition (retrain to change it)")
    }
}
