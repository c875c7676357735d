extension Substring {
    /// The text without leading and trailing spaces and tabs.
    var trimmingWhitespace: String {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
