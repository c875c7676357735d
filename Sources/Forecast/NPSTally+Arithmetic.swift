extension NPSTally {
    /// The answers of `a` that are not in `b`, category by category (`b` must be part of `a`): the rest of a segment.
    public static func - (a: NPSTally, b: NPSTally) -> NPSTally {
        precondition(b.promoters <= a.promoters && b.passives <= a.passives && b.detractors <= a.detractors,
                     "only a part of a tally can be taken out of it")
        return NPSTally(promoters: a.promoters - b.promoters, passives: a.passives - b.passives,
                        detractors: a.detractors - b.detractors)
    }
}
