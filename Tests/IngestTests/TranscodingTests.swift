import Testing
import Support
@testable import Ingest

/// Files in Latin-1, Windows-1252 and UTF-16 are read as UTF-8 (`Transcoder`, in `CSVReader`'s buffer refill).
/// Reference bytes are written out by hand from the code charts: Latin-1 maps byte b to U+00b (ISO/IEC 8859-1);
/// Windows-1252 0x80 is € U+20AC and 0x9C is œ U+0153 (Microsoft's cp1252 table); UTF-16 per RFC 2781.
@Suite struct TranscodingTests {
    /// All records of `bytes` read as `encoding`, with a small chunk so that characters are cut between refills.
    static func read(_ bytes: [UInt8], _ encoding: TextEncoding, chunk: Int = 16) throws -> [[String]] {
        let path = TestFiles.write(bytes)
        let reader = try CSVReader(path: path, format: ExportFormat(delimiter: 0x2C, encoding: encoding),
                                   chunkSize: chunk)
        var out: [[String]] = []
        while let r = try reader.next() { out.append((0..<r.count).map { r.string($0)! }) }
        return out
    }

    static func littleEndian(_ units: [UInt16]) -> [UInt8] {
        units.flatMap { u -> [UInt8] in [UInt8(u & 0xFF), UInt8(u >> 8)] }
    }

    @Test func latin1() throws {
        // "id,name\n1,Müller\n": ü is 0xFC in Latin-1.
        let bytes: [UInt8] = [0x69, 0x64, 0x2C, 0x6E, 0x61, 0x6D, 0x65, 0x0A, 0x31, 0x2C, 0x4D, 0xFC, 0x6C, 0x6C, 0x65,
                              0x72, 0x0A]
        #expect(try Self.read(bytes, .latin1) == [["id", "name"], ["1", "Müller"]])
    }

    @Test func windows1252HighRange() throws {
        // "a,€,œ,é" then a line break: 0x80 €, 0x9C œ, 0xE9 é (as in Latin-1).
        let bytes: [UInt8] = [0x61, 0x2C, 0x80, 0x2C, 0x9C, 0x2C, 0xE9, 0x0A]
        #expect(try Self.read(bytes, .windows1252) == [["a", "€", "œ", "é"]])
        // The same bytes as Latin-1 are the C1 controls U+0080 and U+009C.
        #expect(try Self.read(bytes, .latin1) == [["a", "\u{80}", "\u{9C}", "é"]])
    }

    @Test func utf16LittleAndBigEndianWithSurrogatePairs() throws {
        // "x,Mü😀\n": 😀 is U+1F600 = D83D DE00.
        let units: [UInt16] = [0x78, 0x2C, 0x4D, 0xFC, 0xD83D, 0xDE00, 0x0A]
        let le: [UInt8] = [0xFF, 0xFE] + Self.littleEndian(units)
        let be: [UInt8] = [0xFE, 0xFF] + units.flatMap { u -> [UInt8] in [UInt8(u >> 8), UInt8(u & 0xFF)] }
        for chunk in [16, 17, 19] {  // odd chunks cut a unit and the pair between refills
            #expect(try Self.read(le, .utf16, chunk: chunk) == [["x", "Mü😀"]])
            #expect(try Self.read(be, .utf16, chunk: chunk) == [["x", "Mü😀"]])
        }
    }

    @Test func utf16LoneSurrogateAndOddLastByteBecomeReplacementCharacters() throws {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x61, 0x00, 0x00, 0xDC, 0x62, 0x00, 0x63]
        #expect(try Self.read(bytes, .utf16) == [["a\u{FFFD}b\u{FFFD}"]])
        // A high surrogate then a lone byte at the end: one U+FFFD each, as String(decoding:as: UTF16.self) gives.
        #expect(try Self.read([0xFF, 0xFE, 0x61, 0x00, 0x3D, 0xD8, 0x00], .utf16) == [["a\u{FFFD}\u{FFFD}"]])
    }

    @Test func utf16WithoutByteOrderMarkIsRefusedNamingTheOptions() {
        let error = thrownError { _ = try Self.read([0x61, 0x00, 0x0A, 0x00], .utf16) } as? IngestError
        #expect(error?.description.hasSuffix("pass --encoding utf-8, latin1 or windows-1252") == true)
    }

    @Test func utf16ReadAsUTF8IsRefusedNamingTheOption() {
        let error = thrownError { _ = try Self.read([0xFF, 0xFE, 0x61, 0x00, 0x0A, 0x00], .utf8) } as? IngestError
        #expect(error?.description.hasSuffix(
            "found a UTF-16 byte-order mark (FF FE) at the start: pass --encoding utf-16") == true)
        #expect(error?.exitCode == .dataError)
    }

    @Test func latin1BytesReadAsUTF8NameTheEncodingOption() throws {
        let paths = writeExports(customers: "customer_id,signup_date,churn_date,plan\nC1,2024-01-01,,x\n",
                                 nps: MinimalExports.nps, engagement: MinimalExports.engagement)
        _ = TestFiles.write(Array("customer_id,signup_date,churn_date,plan\nC1,2024-01-01,,M".utf8) + [0xFC, 0x0A],
                            name: "customers.csv", in: String(paths.customers.dropLast("/customers.csv".count)))
        let error = thrownError { _ = try ExportLoader().load(paths) } as? IngestError
        #expect(error?.description.hasSuffix(
            "expected UTF-8 text, found \"M\\xFC\" (for a Latin-1 or Windows file pass --encoding latin1 or windows-1252)")
            == true)
    }

    /// The decoder against Swift's own for every Latin-1 byte and a sweep of UTF-16 text.
    @Test func agreesWithTheStandardLibrary() throws {
        let skipped: Set<UInt8> = [0x2C, 0x22, 0x7F]
        let all: [UInt8] = (UInt8(0x20)...UInt8(0xFF)).filter { !skipped.contains($0) }
        let latin = String(all.map { Character(UnicodeScalar($0)) })
        #expect(try Self.read(all + [0x0A], .latin1, chunk: 64) == [[latin]])
        let text = "Grüße, 東京 😀 naïve"
        let le: [UInt8] = [0xFF, 0xFE] + Self.littleEndian(Array(text.utf16))
        #expect(try Self.read(le, .utf16, chunk: 16) == [["Grüße", " 東京 😀 naïve"]])
    }
}
