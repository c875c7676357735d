import Foundation

/// The second world's segments and their effects. Levels are chosen to look like a subscription business, not
/// fitted to anything: plans differ in price, engagement, mood and churn; the acquisition channel only in churn.
enum SecondWorldSegments {
    struct Plan {
        let name: String
        let share: Double
        let fee: Double
        /// Added to each customer's mood level.
        let mood: Double
        /// Mean daily probability of being active at all.
        let activity: Double
        /// Multiplies the churn hazard.
        let hazard: Double
    }

    struct Level {
        let name: String
        let share: Double
        /// Mood effect for regions, hazard multiplier for channels.
        let effect: Double
    }

    static let plans = [
        Plan(name: "starter", share: 0.55, fee: 15, mood: -0.15, activity: 0.10, hazard: 1.3),
        Plan(name: "team", share: 0.32, fee: 49, mood: 0.05, activity: 0.14, hazard: 1.0),
        Plan(name: "business", share: 0.13, fee: 180, mood: 0.25, activity: 0.18, hazard: 0.6),
    ]

    static let regions = [
        Level(name: "na", share: 0.42, effect: 0),
        Level(name: "emea", share: 0.33, effect: 0.1),
        Level(name: "apac", share: 0.18, effect: -0.1),
        Level(name: "latam", share: 0.07, effect: 0.05),
    ]

    static let channels = [
        Level(name: "organic", share: 0.50, effect: 1.0),
        Level(name: "paid", share: 0.35, effect: 1.35),
        Level(name: "partner", share: 0.15, effect: 0.8),
    ]

    /// Weekly activity pattern, Monday first.
    static let weekday: [Double] = [1.1, 1.1, 1.05, 1.0, 0.95, 0.8, 0.75]

    /// Relative activity on a date: the weekly pattern, a yearly wave peaking in mid-January, and a holiday lull
    /// from 20 December to 2 January.
    static func season(_ date: WorldDate) -> Double {
        let c = date.components
        let dayOfYear = date.dayNumber - WorldDate(year: c.year, month: 1, day: 1).dayNumber
        var value = weekday[date.weekday] * (1 + 0.18 * cos(2 * Double.pi * Double(dayOfYear - 15) / 365.25))
        if (c.month == 12 && c.day >= 20) || (c.month == 1 && c.day <= 2) { value *= 0.7 }
        return value
    }
}
