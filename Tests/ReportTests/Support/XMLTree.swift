import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed XML element: name, attributes, children and its own text. Parsing the report with Foundation's
/// XMLParser proves it is well-formed; the tree lets tests read chart data back.
final class XMLNode {
    let name: String
    let attributes: [String: String]
    var children: [XMLNode] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// All text inside this element and its descendants.
    var allText: String { text + children.map(\.allText).joined() }

    /// Every element in this subtree, depth first.
    var descendants: [XMLNode] { children.flatMap { [$0] + $0.descendants } }

    func element(id: String) -> XMLNode? { descendants.first { $0.attributes["id"] == id } }

    /// Parses `data-points` ("a,b a,b …") into rows of numbers.
    var dataPoints: [[Double]] {
        (attributes["data-points"] ?? "").split(separator: " ").map { $0.split(separator: ",").map { Double($0)! } }
    }

    /// Parses XML text; nil with the parser's error when it is not well-formed.
    static func parse(_ text: String) -> (root: XMLNode?, error: String?) {
        let builder = Builder()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = builder
        let ok = parser.parse()
        return ok ? (builder.root, nil) : (nil, "\(parser.parserError.map { "\($0)" } ?? "?") at line \(parser.lineNumber)")
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var stack: [XMLNode] = []
        var root: XMLNode?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let node = XMLNode(name: name, attributes: attributes)
            if let parent = stack.last { parent.children.append(node) } else { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
