import Foundation
import Support

/// Writes a report as `BASE.html` and `BASE.ipynb` (e.g. `notebooks-export/sample-report`), each atomically:
/// a reader sees the old file or the new one, never half of one.
public enum ReportWriter {
    /// The two files written.
    public struct Paths: Equatable, Sendable {
        public var html: String
        public var notebook: String
    }

    /// The output paths for a base path; a trailing `.html` or `.ipynb` is dropped, so either may be given.
    public static func paths(for basePath: String) -> Paths {
        var base = basePath
        for ext in [".html", ".ipynb"] where base.hasSuffix(ext) { base.removeLast(ext.count) }
        return Paths(html: base + ".html", notebook: base + ".ipynb")
    }

    /// Validates the content, then renders and writes both files.
    /// Throws `ReportError.invalidContent` or a `FileError` (e.g. the folder does not exist).
    @discardableResult
    public static func write(_ content: ReportContent, to basePath: String, overwrite: Bool = true) throws -> Paths {
        try content.validate()
        let p = paths(for: basePath)
        try AtomicFile.write(HTMLReport.render(content), to: p.html, overwrite: overwrite)
        let page = String(p.html.split(separator: "/", omittingEmptySubsequences: false).last ?? "")
        try AtomicFile.write(NotebookExport.render(content, page: page), to: p.notebook, overwrite: overwrite)
        return p
    }

    /// Reads a `ReportContent` JSON file (as written by `encode`), for `churncast report --content`.
    public static func readContent(at path: String) throws -> ReportContent {
        guard FileManager.default.fileExists(atPath: path) else { throw FileError.missing(path: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FileError.unreadable(path: path, reason: "cannot read the file")
        }
        do {
            // JSONText's decoder reads snake_case and, a camelCase key having no underscore, older camelCase files.
            return try JSONText.makeDecoder().decode(ReportContent.self, from: data)
        } catch let DecodingError.keyNotFound(key, ctx) {
            throw ReportError.unreadableContent(path: path, reason: "missing \(fieldPath(ctx.codingPath + [key]))")
        } catch let DecodingError.typeMismatch(type, ctx) {
            throw ReportError.unreadableContent(path: path, reason: "\(fieldPath(ctx.codingPath)): expected \(type)")
        } catch let DecodingError.valueNotFound(type, ctx) {
            throw ReportError.unreadableContent(path: path, reason: "\(fieldPath(ctx.codingPath)): expected \(type), found null")
        } catch let DecodingError.dataCorrupted(ctx) {
            throw ReportError.unreadableContent(path: path, reason: "not valid JSON (\(ctx.debugDescription))")
        }
    }

    /// The content in ChurnCast's one JSON style (`JSONText`: snake_case keys), the format `readContent` reads.
    public static func encode(_ content: ReportContent) throws -> String {
        try JSONText.encode(content) + "\n"
    }

    static func fieldPath(_ keys: [CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined().drop { $0 == "." }.description
    }
}
