#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Support

/// Refuses, before any parsing, exports too large for the memory this process may use, so that a run fails at
/// once with a clear message (exit 74) instead of being killed by the system part way.
///
/// customers.csv and nps_responses.csv are held in memory; engagement.csv is streamed (only per-customer windows
/// stay). The estimate, about 1.75 times what `features` used on a generated base of 100,000 customers
/// (61 MB resident for 3.9 MB + 5.4 MB + 88 MB of exports):
///
///     needed = 64 MiB + 4 × (bytes of customers.csv + nps_responses.csv) + (bytes of engagement.csv) / 16
///
/// Available is the least of what Linux says (`MemAvailable` in /proc/meminfo), the cgroup's limit less its use
/// (v2 `memory.max − memory.current`, v1 `memory.limit_in_bytes − memory.usage_in_bytes`) and `RLIMIT_AS` less
/// the process's address space. `CHURNCAST_MEMORY_LIMIT` overrides it (bytes, or with K, M, G, T: binary units);
/// `CHURNCAST_MEMORY_LIMIT=off` skips the check. Where none can be read (not Linux), nothing is checked.
/// The feature tables built later (rows × features × 8 bytes per snapshot stack) are not part of this estimate.
public struct MemoryBudget: Sendable, Equatable {
    /// Bytes this process may still use; `nil` when unknown or the check is off.
    public var available: Int?
    /// Where `available` comes from, for the message.
    public var source: String

    public static let environmentVariable = "CHURNCAST_MEMORY_LIMIT"
    static let base = 64 << 20

    public init(available: Int?, source: String) {
        self.available = available
        self.source = source
    }

    /// Bytes the exports need in memory (see the type's formula).
    public static func needed(customers: Int, nps: Int, engagement: Int) -> Int {
        base + 4 * (customers + nps) + engagement / 16
    }

    /// Throws `IngestError.tooLargeForMemory` when the three files need more than is available.
    public func check(_ paths: ExportPaths) throws {
        guard let available else { return }
        let c = Self.fileSize(paths.customers), n = Self.fileSize(paths.nps), e = Self.fileSize(paths.engagement)
        let needed = Self.needed(customers: c, nps: n, engagement: e)
        if needed > available {
            throw IngestError.tooLargeForMemory(needed: needed, available: available, source: source,
                                                inMemory: c + n, streamed: e)
        }
    }

    /// The budget of this process: `CHURNCAST_MEMORY_LIMIT` if set, else the least of the system's figures.
    /// Throws `IngestError.invalidSetting` (exit 64) for a malformed `CHURNCAST_MEMORY_LIMIT`.
    public static func current() throws -> MemoryBudget {
        try budget(setting: getenv(environmentVariable).map { String(cString: $0) }, system: systemFigures())
    }

    /// The budget from the setting's text (or `nil`) and the system's figures, each with its source.
    static func budget(setting: String?, system: [(bytes: Int, source: String)]) throws -> MemoryBudget {
        if let text = setting {
            if text.lowercased() == "off" { return MemoryBudget(available: nil, source: "\(environmentVariable)=off") }
            guard let bytes = parseBytes(text) else {
                throw IngestError.invalidSetting(name: environmentVariable,
                                                 expected: "a number of bytes such as 8G, 512M or 1073741824, or off",
                                                 found: text)
            }
            return MemoryBudget(available: bytes, source: "\(environmentVariable)=\(text)")
        }
        guard let least = system.min(by: { $0.bytes < $1.bytes }) else {
            return MemoryBudget(available: nil, source: "unknown")
        }
        return MemoryBudget(available: least.bytes, source: least.source)
    }

    /// `123`, `512K`, `64M`, `8G`, `1T` (binary units, case-insensitive, optional `B`/`iB`); `nil` otherwise.
    static func parseBytes(_ text: String) -> Int? {
        var t = Substring(text.trimmingCharacters(" ")).uppercased()[...]
        if t.hasSuffix("IB") { t = t.dropLast(2) } else if t.hasSuffix("B") { t = t.dropLast() }
        var shift = 0
        if let unit = t.last, let i = "KMGT".firstIndex(of: unit) {
            shift = 10 * ("KMGT".distance(from: "KMGT".startIndex, to: i) + 1)
            t = t.dropLast()
        }
        guard let n = Int(t), n > 0, n <= Int.max >> shift else { return nil }
        return n << shift
    }

    /// What the system allows, each figure with where it comes from (empty where nothing can be read).
    static func systemFigures() -> [(bytes: Int, source: String)] {
        var out: [(Int, String)] = []
        if let text = readText("/proc/meminfo"), let kib = value(of: "MemAvailable:", in: text) {
            out.append((kib << 10, "MemAvailable in /proc/meminfo"))
        }
        if let left = remaining(limit: readText("/sys/fs/cgroup/memory.max"),
                                used: readText("/sys/fs/cgroup/memory.current")) {
            out.append((left, "the cgroup's memory.max less memory.current"))
        } else if let left = remaining(limit: readText("/sys/fs/cgroup/memory/memory.limit_in_bytes"),
                                       used: readText("/sys/fs/cgroup/memory/memory.usage_in_bytes")) {
            out.append((left, "the cgroup's memory.limit_in_bytes less its usage"))
        }
        var limit = rlimit()
        if getrlimit(Self.addressSpaceResource, &limit) == 0 && limit.rlim_cur != rlim_t.max,
           let status = readText("/proc/self/status"), let kib = value(of: "VmSize:", in: status) {
            out.append((max(0, Int(clamping: limit.rlim_cur) - (kib << 10)), "RLIMIT_AS less the address space in use"))
        }
        return out
    }

#if canImport(Glibc)
    static let addressSpaceResource = __rlimit_resource_t(RLIMIT_AS.rawValue)
#else
    static let addressSpaceResource = RLIMIT_AS
#endif

    /// A cgroup limit less its use, in bytes; `nil` when there is no limit (`max`, or v1's huge sentinel).
    static func remaining(limit: String?, used: String?) -> Int? {
        guard let l = limit.flatMap({ Int($0.trimmingCharacters("\n ")) }), l < 1 << 60 else { return nil }
        let u = used.flatMap { Int($0.trimmingCharacters("\n ")) } ?? 0
        return max(0, l - u)
    }

    /// The number after `key` on its line of /proc/meminfo or /proc/self/status (in kB there).
    static func value(of key: String, in text: String) -> Int? {
        for line in text.split(separator: "\n") where line.hasPrefix(key) {
            return line.dropFirst(key.count).split(separator: " ").first.flatMap { Int($0) }
        }
        return nil
    }

    static func readText(_ path: String) -> String? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = [], chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n <= 0 { break }
            bytes += chunk[0..<n]
            if bytes.count > 1 << 20 { break }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func fileSize(_ path: String) -> Int {
        var st = stat()
        return stat(path, &st) == 0 ? Int(st.st_size) : 0
    }

    /// `1.5 GiB`, `640.0 MiB`, `12 KiB`.
    static func text(bytes: Int) -> String {
        let units = ["bytes", "KiB", "MiB", "GiB", "TiB"]
        var v = Double(bytes), i = 0
        while v >= 1024 && i < units.count - 1 { v /= 1024; i += 1 }
        if i == 0 { return "\(bytes) bytes" }
        return "\((v * 10).rounded() / 10) \(units[i])"
    }
}

private extension String {
    func trimmingCharacters(_ set: String) -> String {
        var s = Substring(self)
        while let c = s.first, set.contains(c) { s.removeFirst() }
        while let c = s.last, set.contains(c) { s.removeLast() }
        return String(s)
    }
}
