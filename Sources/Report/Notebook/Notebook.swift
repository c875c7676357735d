/// A Jupyter notebook in nbformat 4.5 (https://nbformat.readthedocs.io): cells with ids, markdown and code cells,
/// code outputs as `display_data` with MIME bundles. Encodes to the JSON Jupyter reads.
struct Notebook: Encodable {
    struct Cell: Encodable {
        enum Kind: String { case markdown, code }
        var id: String
        var kind: Kind
        var source: String
        var outputs: [Output] = []

        enum CodingKeys: String, CodingKey { case id, cell_type, metadata, source, outputs, execution_count }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(kind.rawValue, forKey: .cell_type)
            try c.encode([String: String](), forKey: .metadata)
            try c.encode(Notebook.lines(source), forKey: .source)
            if kind == .code {
                try c.encode(outputs, forKey: .outputs)
                try c.encodeNil(forKey: .execution_count)
            }
        }
    }

    /// A `display_data` output: the same content under several MIME types (the viewer picks the richest).
    struct Output: Encodable {
        var data: [String: String]

        enum CodingKeys: String, CodingKey { case output_type, data, metadata }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode("display_data", forKey: .output_type)
            try c.encode(data.mapValues { Notebook.lines($0) }, forKey: .data)
            try c.encode([String: String](), forKey: .metadata)
        }
    }

    struct Metadata: Encodable {
        struct KernelSpec: Encodable {
            var display_name = "Python 3"
            var language = "python"
            var name = "python3"
        }
        struct LanguageInfo: Encodable {
            var name = "python"
            var file_extension = ".py"
            var mimetype = "text/x-python"
        }
        struct Provenance: Encodable {
            var title: String
            var generated_at: String
        }
        var kernelspec = KernelSpec()
        var language_info = LanguageInfo()
        var churncast: Provenance
    }

    var cells: [Cell]
    var metadata: Metadata
    var nbformat = 4
    var nbformat_minor = 5

    /// Multi-line text as nbformat stores it: a list of lines, each but the last ending in "\n".
    static func lines(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for ch in text {
            current.append(ch)
            if ch == "\n" {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}
