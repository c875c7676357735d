import Testing
import Models

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

    @Test func groupedFoldsKeepEachGroupTogetherAtItsHashedFold() {
        // Folds of groups 0…7 for k = 3, computed in Python as ((g * 0x9E3779B97F4A7C15) % 2**64 >> 32) % 3:
        // [0, 0, 2, 0, 2, 2, 2, 2] (fold 1 stays empty: few groups).
        let expected = [0, 0, 2, 0, 2, 2, 2, 2]
        let kfold = KFold(k: 3)
        #expect((0..<8).map { kfold.fold(ofGroup: Int32($0)) } == expected)
        // Rows 0…15 belong to groups 0…7 twice over: both rows of a group share its fold.
        let groups = (0..<16).map { Int32($0 % 8) }
        let folds = kfold.testFolds(groups: groups)
        #expect(folds[0] == [0, 1, 3, 8, 9, 11])
        #expect(folds[1].isEmpty)
        #expect(folds[2] == [2, 4, 5, 6, 7, 10, 12, 13, 14, 15])
        #expect(KFold.trainingRows(count: 16, test: folds[0]) == folds[2])
    }
}
