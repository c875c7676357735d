import ChurnCast

/// What every command that applies a trained model starts from: the as-of date, the model file and the exports,
/// read in that order so a bad date or model is reported before the (slower) exports are read.
struct ModelInputs {
    let asOf: Day
    let model: ChurnCastModel
    let data: LoadedExports

    init(asOf text: String, modelPath: String, exports: ExportOptions) throws {
        asOf = try parseDate(text, option: "--as-of")
        model = try ModelFileIO.read(modelPath)
        data = try exports.load()
    }
}
