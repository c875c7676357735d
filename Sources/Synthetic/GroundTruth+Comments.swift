extension GroundTruth {
    /// The language customer `index` writes their comments in, replayed from their comment stream.
    public func commentLanguage(customer index: Int) -> CommentWriterLanguage {
        let (profile, _, _) = replay(index)
        var rng = CommentRules.stream(seed: config.seed, customer: index)
        return CommentWriterStyle.draw(region: config.model.regions[profile.region].name, rng: &rng).language
    }
}
