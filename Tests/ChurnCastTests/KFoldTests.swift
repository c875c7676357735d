import Testing
@testable import Evaluation

@Suite struct KFoldTests {
    @Test func foldsPartitionTheRowsEvenlyAndDeterministically() {
        let folds = KFold(k: 5, seed: 7).testFolds(count: 23)
        #expect(folds.count == 5)
        #expect(folds.flatMap { $0 }.sorted() == Array(0..<23))
        #expect(Set(folds.map(\.count)) == [4, 5])
        #expect(KFold(k: 5, seed: 7).testFolds(count: 23) == folds)
        #expect(KFold(k: 5, seed: 8).testFolds(count: 23) != folds)
        #expect(KFold.trainingRows(count: 23, test: folds[0]).count == 23 - folds[0].count)
    }

    @Test func stratifiedFoldsKeepTheClassBalance() {
        // 30 positives among 100 rows: each of 5 folds gets exactly 6 positives and 14 negatives.
        let strata = (0..<100).map { $0 % 10 < 3 ? 1 : 0 }
        let folds = KFold(k: 5).testFolds(count: 100, strata: strata)
        for f in folds {
            #expect(f.count == 20)
            #expect(f.filter { strata[$0] == 1 }.count == 6)
        }
        #expect(folds.flatMap { $0 }.sorted() == Array(0..<100))
    }
}
