import Dispatch

/// The comment sentiments of the NPS responses (one per response, in the responses' order), possibly still being
/// worked out on a background thread while the engagement export streams; `SnapshotBuilder` waits on them only when
/// it builds the comment history, after the stream. The values do not depend on when they are computed.
public final class PendingSentiments: @unchecked Sendable {
    private let group = DispatchGroup()
    private var scores: [Double] = []

    /// Runs `work` on a background thread when `background`, else at once; `work` returns one score per response.
    public init(background: Bool, _ work: @escaping @Sendable () -> [Double]) {
        guard background else { scores = work(); return }
        group.enter()
        DispatchQueue.global().async { [self] in
            scores = work()
            group.leave()
        }
    }

    /// The scores, once `work` has finished (the group's wait orders its write before this read).
    public func wait() -> [Double] {
        group.wait()
        return scores
    }
}
