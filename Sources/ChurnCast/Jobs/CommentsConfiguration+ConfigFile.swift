import Comments
import Foundation
import Ingest
import Support

extension CommentsConfiguration {
    /// The `themes` of a churncast.json (other keys ignored); the built-in themes when `configPath` is nil or the
    /// file has no `themes`. A missing file is `FileError.missing` (66); a file that is not JSON of that shape is
    /// `IngestError.invalidMapping` naming it (65), as for its `columns`; a bad theme change is `CommentsError` (64).
    static func load(configPath: String?) throws -> CommentsConfiguration {
        guard let path = configPath else { return CommentsConfiguration() }
        guard FileManager.default.fileExists(atPath: path) else { throw FileError.missing(path: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FileError.unreadable(path: path, reason: "cannot open")
        }
        let configuration: CommentsConfiguration
        do {
            configuration = try JSONDecoder().decode(CommentsConfiguration.self, from: data)
        } catch {
            throw IngestError.invalidMapping(source: path, reason:
                "expected a JSON object whose \"themes\" maps theme names to a list of words or to "
                + "{\"add\": [...], \"remove\": [...], \"enabled\": true|false}")
        }
        try configuration.validate()
        return configuration
    }
}
