import Foundation

/// A fresh folder under the temporary directory, removed with the value (one per test: suites are made per test).
final class ScratchFolder {
    let path: String

    init(_ prefix: String) {
        path = NSTemporaryDirectory() + "\(prefix)-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
