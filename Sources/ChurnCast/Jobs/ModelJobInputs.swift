import Features
import Ingest

/// What every job that applies a trained model starts from: the model file and the exports, read in that order so
/// that a bad model is reported before the (slower) exports are read.
struct ModelJobInputs {
    let model: ChurnCastModel
    let data: LoadedExports
    /// The comment sentiments still being worked out, with `deferComments` (else they are in `data.nps`).
    let sentiments: PendingSentiments?

    /// `needingScoreModel`: the command that needs the score model, refused before the exports are read when the
    /// model was trained without an NPS export. `deferComments`: the comments analysed in the background
    /// (`sentiments`, for a job that passes them to `SnapshotBuilder.build`), only those its tables at
    /// `commentDates` read when given.
    init(modelPath: String, exports: ExportsRequest, progress: JobProgress, needingScoreModel command: String? = nil,
         deferComments: Bool = false, commentDates: [Day]? = nil) throws {
        model = try ModelFileIO.read(modelPath)
        if let command { try model.requireScoreModel(for: command) }
        try model.requireDefinition(try exports.churnDefinitionAsked())
        progress("reading the exports")
        var data = try exports.load()
        var sentiments: PendingSentiments?
        if model.usesCommentFeatures && deferComments {
            sentiments = try data.startCommentAnalysis(configPath: exports.configPath, asOf: commentDates,
                                                       definition: model.churnDefinition)
        } else if model.usesCommentFeatures {
            try data.analyseComments(configPath: exports.configPath)
        }
        self.sentiments = sentiments
        self.data = data
        progress("building the snapshot and scoring")
    }
}
