/// The Okabe–Ito colours, distinguishable with the common kinds of colour blindness
/// (Okabe & Ito, "Color Universal Design", 2008), plus the greys used for axes and reference lines.
public enum Palette {
    public static let black = "#000000"
    public static let orange = "#E69F00"
    public static let skyBlue = "#56B4E9"
    public static let bluishGreen = "#009E73"
    public static let yellow = "#F0E442"
    public static let blue = "#0072B2"
    public static let vermillion = "#D55E00"
    public static let reddishPurple = "#CC79A7"

    /// Axis lines and tick labels.
    public static let ink = "#222222"
    /// Grid lines.
    static let grid = "#E3E3E3"
    /// Reference lines (chance, the diagonal, zero).
    static let reference = "#6B6B6B"

    /// Colours for `count` ordered categories from low to high risk: green, sky blue, orange, vermillion,
    /// purple (repeated past five).
    public static func riskScale(_ count: Int) -> [String] {
        let ramp = [bluishGreen, skyBlue, orange, vermillion, reddishPurple]
        switch count {
        case 0: return []
        case 1: return [vermillion]
        case 2: return [bluishGreen, vermillion]
        case 3: return [bluishGreen, orange, vermillion]
        default: return (0..<count).map { ramp[$0 % ramp.count] }
        }
    }
}
