import Ingest

/// `YYYY-MM-DD` → `Day`, for readable fixtures and expectations; a bad date is a mistake in the test itself.
public func day(_ text: String) -> Day {
    guard let d = Day.parse(text) else { fatalError("bad test date \(text)") }
    return d
}
