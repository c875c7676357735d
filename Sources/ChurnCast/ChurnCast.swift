import Evaluation
import Features
import Forecast
import Ingest
import LinearAlgebra
import Models
import SQLCompile
import Support

// The library's door: the types a caller of the jobs (the `churncast` command line) names in requests, results
// and errors, re-declared here so that a caller imports `ChurnCast` alone. Everything else stays behind the jobs.

/// A calendar day (`YYYY-MM-DD`), as the exports and the command line write it.
public typealias Day = Ingest.Day
/// How often a snapshot schedule takes an as-of date: month ends or quarter ends.
public typealias SnapshotFrequency = Features.SnapshotFrequency
/// The as-of dates of a `--from … --to … --every …` schedule.
public typealias SnapshotSchedule = Features.SnapshotSchedule
/// What churn means: a cancellation date (`contract`) or no activity in the horizon (`inactivity`).
public typealias ChurnDefinition = Features.ChurnDefinition
/// NPS forecast periods: calendar quarters (the default) or rolling windows of the model's horizon.
public typealias ForecastPeriods = Forecast.ForecastPeriods
/// The SQL engine `churncast sql` writes for: PostgreSQL, DuckDB or Spark.
public typealias SQLDialect = SQLCompile.SQLDialect
/// Separator, decimal mark, encoding, date format and missing-value tokens given on the command line.
public typealias ExportFormatSettings = Ingest.ExportFormats.Settings
/// Class weights of a logistic regression: none, or balanced.
public typealias ClassWeight = Models.ClassWeight
/// An error a user can act on: its message and the SPEC's exit code.
public typealias UserFacingError = Support.UserFacingError
/// The SPEC's exit codes.
public typealias ExitStatus = Support.ExitStatus
/// A parameter of a job's request that an error can be about (the command line names it by its flag).
public typealias JobParameter = Support.JobParameter
/// An error whose message names request parameters the caller's way.
public typealias ParameterNamingError = Support.ParameterNamingError
/// A request value out of range: (parameter, value, expected).
public typealias InvalidParameter = Support.InvalidParameter
/// The one JSON encoding of every `--json` output.
public typealias JSONText = Support.JSONText
/// Where an output path leads (`-`, a pipe, a link, a file): the command line asks whether data go to standard output.
public typealias OutputTarget = Support.OutputTarget
/// The planted churn probabilities of every row of a one-snapshot table (data made by `churncast generate`).
public typealias ChurnOracle = (FeatureTable) throws -> [Double]
/// What a long job reports as it goes: the stage it is at ("reading the exports", …).
public typealias JobProgress = (String) -> Void
