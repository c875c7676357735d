import Features
import Ingest
import Testing

/// `SnapshotBuilder.commentsRead` on a hand-made history whose answers are worked out by hand from the rule of
/// `nps_last_comment_sentiment` (SPEC: the latest comment dated ≤ T, same-day comments averaged).
@Suite struct CommentsReadTests {
    @Test func marksTheLatestCommentDayOnOrBeforeEachDate() {
        let day = { Day.parse($0)! }
        let nps = [
            NPSResponse(customer: 0, day: day("2025-01-10"), score: 9, hasComment: true),   // 0: superseded by 1 at both dates
            NPSResponse(customer: 0, day: day("2025-02-01"), score: 7, hasComment: true),   // 1: latest ≤ 03-31 and ≤ 06-30
            NPSResponse(customer: 0, day: day("2025-02-01"), score: 3, hasComment: true),   // 2: same day as 1, averaged
            NPSResponse(customer: 0, day: day("2025-05-01"), score: 8),                     // 3: no comment
            NPSResponse(customer: 1, day: day("2025-03-01"), score: 2, hasComment: true),   // 4: latest ≤ 03-31
            NPSResponse(customer: 1, day: day("2025-04-15"), score: 6, hasComment: true),   // 5: latest ≤ 06-30
            NPSResponse(customer: 1, day: day("2025-07-01"), score: 6, hasComment: true),   // 6: after both dates
            NPSResponse(customer: 2, day: day("2025-01-05"), score: 10, hasComment: true),  // 7: latest ≤ both dates
        ]
        let read = SnapshotBuilder.commentsRead(nps: nps, customerCount: 3, asOf: [day("2025-03-31"), day("2025-06-30")])
        #expect(read == [false, true, true, false, true, true, false, true])
        let one = SnapshotBuilder.commentsRead(nps: nps, customerCount: 3, asOf: [day("2025-03-31")])
        #expect(one == [false, true, true, false, true, false, false, true])
    }
}
