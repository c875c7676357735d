extension ExportBuffer {
    /// A non-negative number with `digits` decimals (rounded half up), e.g. 0.0714 with 4 digits; trailing
    /// zeros are kept so that a column reads evenly.
    mutating func fixed(_ value: Double, digits: Int) {
        var scale = 1
        for _ in 0..<digits { scale *= 10 }
        let n = Int((max(0, value) * Double(scale)).rounded())
        int(n / scale)
        guard digits > 0 else { return }
        byte(UInt8(ascii: "."))
        var rest = n % scale
        var divisor = scale / 10
        while divisor > 0 {
            byte(48 + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}
