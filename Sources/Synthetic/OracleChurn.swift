import Foundation
import Ingest

/// The oracle churn probability given the true latent path up to T; see `GroundTruth.oracleChurnProbability`.
enum OracleChurn {
    static func probability(profile: CustomerProfile, path: LatentPath, churn: Day?, asOf t: Day, horizon: Int,
                            calendar: SyntheticCalendar, model: PlantedModel) -> Double? {
        guard t >= calendar.start, t <= calendar.end, profile.signup <= t, churn.map({ t < $0 }) ?? true else {
            return nil
        }
        let phi = model.satisfaction.persistence, sigma = model.satisfaction.innovationSD
        let lag = model.hazard.changeLagWeeks
        let bs = model.hazard.satisfaction, bd = model.hazard.satisfactionChange
        let w0 = calendar.week(of: t)
        let x0 = path.deviation(week: w0)
        /// Var(x_{w0+k} | x_{w0}).
        func variance(_ k: Int) -> Double {
            k <= 0 ? 0 : sigma * sigma * (1 - pow(phi, Double(2 * k))) / (1 - phi * phi)
        }
        let first = t.adding(days: 1), last = t.adding(days: horizon)
        var logSurvival = 0.0
        for w in calendar.week(of: first)...calendar.week(of: last) {
            let ws = calendar.weekStart(w)
            let days = min(ws.adding(days: 6), last).days(since: max(ws, first)) + 1
            let k = w - w0
            let h: Double
            if k == 0 {
                h = 1 / (1 + exp(-ChurnProcess.logit(profile: profile, path: path, week: w, calendar: calendar,
                                                       model: model)))
            } else {
                let meanNow = path.level(week: w) + pow(phi, Double(k)) * x0
                let varNow = variance(k)
                let kl = k - lag
                let meanLag = kl <= 0 ? path.satisfaction(week: w - lag)
                                      : path.level(week: w - lag) + pow(phi, Double(kl)) * x0
                let varLag = variance(kl)
                let covariance = kl <= 0 ? 0 : pow(phi, Double(lag)) * varLag
                let base = model.hazard.baseLogit(planEffect: model.plans[profile.plan].hazard,
                                                  monthlyFee: profile.monthlyFee,
                                                  tenureDays: ws.days(since: profile.signup))
                let a = bs + bd
                let mean = base + a * meanNow - bd * meanLag
                let v = a * a * varNow + bd * bd * varLag - 2 * a * bd * covariance
                h = GaussHermite.logisticMean(mean: mean, sd: max(0, v).squareRoot())
            }
            logSurvival += Double(days) * log1p(-h)
        }
        return -expm1(logSurvival)
    }
}
