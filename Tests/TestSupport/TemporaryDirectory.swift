import Foundation

/// A fresh empty folder under the system's temporary directory, removed with everything in it when the value
/// goes away (a suite instance, a test's local), or at process exit for `shared`.
public final class TemporaryDirectory: @unchecked Sendable {
    /// The folder's absolute path.
    public let path: String
    private let removesOnDeinit: Bool

    /// A new folder named `prefix-UUID`.
    public convenience init(_ prefix: String = "cc-test") {
        self.init(path: NSTemporaryDirectory() + "\(prefix)-\(UUID().uuidString)", removesOnDeinit: true)
    }

    private init(path: String, removesOnDeinit: Bool) {
        self.path = path
        self.removesOnDeinit = removesOnDeinit
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { if removesOnDeinit { remove() } }

    /// One folder per test process, for files shared by many tests; removed when the process exits.
    public static let shared: TemporaryDirectory = {
        let root = TemporaryDirectory(
            path: NSTemporaryDirectory() + "cc-tests-\(ProcessInfo.processInfo.processIdentifier)", removesOnDeinit: false)
        atexit { TemporaryDirectory.shared.remove() }
        return root
    }()

    /// `path/name` (nothing is created).
    public func file(_ name: String) -> String { path + "/" + name }

    /// A new empty sub-folder `name-UUID`, removed with this folder.
    public func folder(_ name: String = "dir") -> String {
        let dir = path + "/\(name)-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    private func remove() { try? FileManager.default.removeItem(atPath: path) }
}
