/// Numbers computed outside the code under test; each says where it came from.
enum ReferenceValues {
    /// scripts/reference/synthetic_reference.py: xoshiro256** (reference C algorithm re-implemented in Python),
    /// state = four SplitMix64(42) outputs, first four outputs.
    static let xoshiroSeed42: [UInt64] = [1_546_998_764_402_558_742, 6_990_951_692_964_543_102,
                                          12_544_586_762_248_559_009, 17_057_574_109_182_124_193]
}
