import Ingest

/// What every job that applies a trained model starts from: the model file and the exports, read in that order so
/// that a bad model is reported before the (slower) exports are read.
struct ModelJobInputs {
    let model: ChurnCastModel
    let data: LoadedExports

    init(modelPath: String, exports: ExportsRequest, progress: JobProgress) throws {
        model = try ModelFileIO.read(modelPath)
        progress("reading the exports")
        data = try exports.load()
        progress("building the snapshot and scoring")
    }
}
