import ChurnCast

/// What every command that applies a trained model starts from: the as-of date, the model file and the exports,
/// read in that order so a bad date or model is reported before the (slower) exports are read.
struct ModelInputs {
    let asOf: Day
    let model: ChurnCastModel
    let data: LoadedExports

    /// Shows the stages of the command on standard error when it is a terminal.
    let progress = Progress()

    init(asOf text: String, modelPath: String, exports: ExportOptions) throws {
        asOf = try parseDate(text, option: "--as-of")
        model = try ModelFileIO.read(modelPath)
        progress.stage("reading the exports")
        data = try exports.load()
        progress.stage("building the snapshot and scoring")
    }
}
