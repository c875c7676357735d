import Ingest

/// What every job that applies a trained model starts from: the model file and the exports, read in that order so
/// that a bad model is reported before the (slower) exports are read.
struct ModelJobInputs {
    let model: ChurnCastModel
    let data: LoadedExports

    /// `needingScoreModel`: the command that needs the score model, refused before the exports are read when the
    /// model was trained without an NPS export.
    init(modelPath: String, exports: ExportsRequest, progress: JobProgress, needingScoreModel command: String? = nil) throws {
        model = try ModelFileIO.read(modelPath)
        if let command { try model.requireScoreModel(for: command) }
        try model.requireDefinition(try exports.churnDefinitionAsked())
        progress("reading the exports")
        data = try exports.load()
        progress("building the snapshot and scoring")
    }
}
