import Support

/// The tests' seeded generator is the package's SplitMix64, so random test data is the same on every run.
typealias SeededGenerator = SplitMix64
