import Testing
import Foundation
@testable import Ingest

/// The memory check before loading: the documented estimate, the system figures it reads, the override.
@Suite struct MemoryBudgetTests {
    @Test func neededFollowsTheDocumentedFormula() {
        // 64 MiB + 4 × (1 MiB + 2 MiB) + 32 MiB / 16 = 64 + 12 + 2 MiB.
        #expect(MemoryBudget.needed(customers: 1 << 20, nps: 2 << 20, engagement: 32 << 20) == 78 << 20)
    }

    @Test func readsMemAvailableInKibibytes() {
        let meminfo = "MemTotal:       24684012 kB\nMemFree:        21999340 kB\nMemAvailable:   23620316 kB\n"
        #expect(MemoryBudget.value(of: "MemAvailable:", in: meminfo) == 23_620_316)
        #expect(MemoryBudget.value(of: "SwapTotal:", in: meminfo) == nil)
    }

    @Test func cgroupLimitLessUse() {
        #expect(MemoryBudget.remaining(limit: "1073741824\n", used: "73741824\n") == 1_000_000_000)
        #expect(MemoryBudget.remaining(limit: "max\n", used: "5\n") == nil)
        #expect(MemoryBudget.remaining(limit: "9223372036854771712\n", used: "5\n") == nil)  // v1: no limit
    }

    @Test func settingParsesBinaryUnitsOrTurnsTheCheckOff() throws {
        #expect(MemoryBudget.parseBytes("512") == 512)
        #expect(MemoryBudget.parseBytes("64M") == 64 << 20)
        #expect(MemoryBudget.parseBytes("8g") == 8 << 30)
        #expect(MemoryBudget.parseBytes("2GiB") == 2 << 30)
        #expect(MemoryBudget.parseBytes("lots") == nil && MemoryBudget.parseBytes("-1G") == nil)
        #expect(try MemoryBudget.budget(setting: "off", system: [(1, "x")]).available == nil)
        #expect(try MemoryBudget.budget(setting: "1G", system: [(1, "x")]).available == 1 << 30)
        let error = #expect(throws: IngestError.self) { try MemoryBudget.budget(setting: "lots", system: []) }
        #expect(error?.exitCode == .usage)
    }

    @Test func leastSystemFigureWins() throws {
        let b = try MemoryBudget.budget(setting: nil, system: [(8 << 30, "MemAvailable"), (2 << 30, "cgroup")])
        #expect(b == MemoryBudget(available: 2 << 30, source: "cgroup"))
        #expect(try MemoryBudget.budget(setting: nil, system: []).available == nil)
    }

    @Test func tooLargeExportsAreRefusedWithTheFigures() throws {
        let paths = writeExports(customers: MinimalExports.customers, nps: MinimalExports.nps,
                                 engagement: MinimalExports.engagement)
        let budget = MemoryBudget(available: 10 << 20, source: "a test")
        let error = #expect(throws: IngestError.self) { try budget.check(paths) }
        #expect(error?.exitCode == .ioError)
        #expect(error?.description.hasPrefix("the exports need about 64.0 MiB of memory") == true)
        #expect(error?.description.contains("but 10.0 MiB is available (a test)") == true)
        #expect(throws: Never.self) { try MemoryBudget(available: 1 << 30, source: "a test").check(paths) }
    }

    @Test func thisMachineHasAFigure() throws {
        #if os(Linux)
        let b = try MemoryBudget.budget(setting: nil, system: MemoryBudget.systemFigures())
        #expect((b.available ?? 0) > 0)
        #endif
    }
}
