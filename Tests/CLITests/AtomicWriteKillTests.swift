import Testing
import Foundation
import TestSupport

/// SIGKILLs a process at random moments while it rewrites one file through `AtomicFile` (the `cc-write-probe`
/// helper) and checks after every kill that the file is a complete old or new version — never a torn one — and
/// that killed writers' temporary files do not pile up (the next write removes them; at most one can be left).
/// Also through a symbolic link to a 0600 file in another folder: the link stays a link, the file it names is
/// replaced atomically (its temporaries beside it, not beside the link) and stays 0600.
@Suite struct AtomicWriteKillTests {
    static let kills = 60
    static let payloadBytes = 256 * 1024

    @Test(arguments: [false, true])
    func killedWriterLeavesOldOrNewCompleteFile(throughLink: Bool) throws {
        let fm = FileManager.default
        let top = TemporaryDirectory.shared.folder("cc-kill")
        let dir = throughLink ? top + "/real" : top
        try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let target = dir + "/model.json"
        let written = throughLink ? top + "/model.json" : target
        var random = SeededGenerator(seed: throughLink ? 0x6C69_6E6B : 0x6B69_6C6C)

        // Generation 0, written to completion.
        if throughLink {
            try fm.createSymbolicLink(atPath: written, withDestinationPath: "real/model.json")
            fm.createFile(atPath: target, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        let first = try CLIRunner.run([written, "\(Self.payloadBytes)", "0", "1"], product: "cc-write-probe",
                                      timeLimit: 60)
        try #require(first.status == 0, "probe failed: \(first.stderr)")
        var onDisk = 0
        var tornTemporaries = 0

        for kill in 0..<Self.kills {
            let firstGeneration = onDisk + 1
            let process = Process()
            process.executableURL = try #require(CLIRunner.product("cc-write-probe"))
            process.arguments = [written, "\(Self.payloadBytes)", "\(firstGeneration)", "1000"]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            // Wait until the probe is running, then kill it somewhere in its next few writes.
            var output = Data()
            while !String(decoding: output, as: UTF8.self).contains("started\n") {
                let more = pipe.fileHandleForReading.availableData
                if more.isEmpty { break }
                output += more
            }
            usleep(UInt32.random(in: 0...50_000, using: &random))
            Foundation.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            output += pipe.fileHandleForReading.readDataToEndOfFile()
            #expect(process.terminationReason == .uncaughtSignal, "kill \(kill): the probe ended before the kill")

            // The last generation the probe reported renamed into place; one more may have been renamed
            // without being reported.
            let reported = String(decoding: output, as: UTF8.self).split(separator: "\n").compactMap { Int($0) }
            let lastReported = reported.last ?? onDisk
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: target)))
            let file = ProbeFile(bytes)
            try #require(file != nil, "kill \(kill): \(target) is not a complete file (\(bytes.count) bytes)")
            #expect(file!.generation == lastReported || file!.generation == lastReported + 1,
                    "kill \(kill): generation \(file!.generation) on disk, \(lastReported) last reported")
            onDisk = file!.generation

            if throughLink {
                #expect(try fm.destinationOfSymbolicLink(atPath: written) == "real/model.json", "kill \(kill)")
                #expect(try fm.attributesOfItem(atPath: target)[.posixPermissions] as? Int == 0o600, "kill \(kill)")
                #expect(try fm.contentsOfDirectory(atPath: top).sorted() == ["model.json", "real"], "kill \(kill)")
            }
            let temporaries = try fm.contentsOfDirectory(atPath: dir)
                .filter { $0.hasPrefix(".model.json.tmp-") }
            #expect(temporaries.count <= 1, "kill \(kill): temporary files pile up: \(temporaries)")
            tornTemporaries += temporaries.count
        }
        // A normal write afterwards removes the last leftover.
        let last = try CLIRunner.run([written, "16", "\(onDisk + 1)", "1"], product: "cc-write-probe",
                                     timeLimit: 60)
        #expect(last.status == 0)
        #expect(try fm.contentsOfDirectory(atPath: dir) == ["model.json"])
        print("AtomicWriteKillTests\(throughLink ? " (through a link)" : ""): \(Self.kills) kills, "
              + "\(tornTemporaries) left a temporary file, last generation \(onDisk)")
    }
}
