import Testing
@testable import Ingest

@Suite struct CSVTableTests {
    @Test func readsHeaderRowsAndLines() throws {
        let path = TestFiles.write(" x , y\n1,\"a\nb\"\n2,c\n")
        let t = try CSVTable.read(path: path)
        #expect(t.header == ["x", "y"])
        #expect(t.rows == [["1", "a\nb"], ["2", "c"]])
        #expect(t.lines == [2, 4])
        #expect(try t.column("y") == ["a\nb", "c"])
        #expect(t.location(row: 1, column: 1) == SourceLocation(file: path, line: 4, column: 2, columnName: "y"))
    }

    @Test func wrongFieldCount() {
        let path = TestFiles.write("x,y\n1,2\n3\n")
        let error = thrownError { _ = try CSVTable.read(path: path) } as? IngestError
        #expect(error == .wrongFieldCount(file: path, line: 3, expected: 2, found: 1))
        #expect(error?.description == "\(path), line 3: expected 2 fields (as in the header), found 1")
    }

    @Test func missingColumnListsHeader() throws {
        let path = TestFiles.write("x,y\n1,2\n")
        let error = thrownError { _ = try CSVTable.read(path: path).column("z") } as? IngestError
        #expect(error == .missingColumns(file: path, missing: ["\"z\""], found: ["x", "y"]))
        #expect(error?.description.contains("found columns: \"x\", \"y\"") == true)
    }

    @Test func nonUTF8Rejected() {
        let path = TestFiles.write(Array("x,y\n1,".utf8) + [0xFF, 0x41] + [0x0A])
        let error = thrownError { _ = try CSVTable.read(path: path) } as? IngestError
        guard case .invalidValue(let at, let expected, let found)? = error else { Issue.record("no error"); return }
        #expect(at == SourceLocation(file: path, line: 2, column: 2, columnName: "y"))
        #expect(expected == "UTF-8 text" && found == "\"\\xFFA\"")
    }

    @Test func emptyFileAndDuplicateColumns() {
        let empty = TestFiles.write("")
        #expect(thrownError { _ = try CSVTable.read(path: empty) } as? IngestError == .emptyFile(file: empty))
        let dup = TestFiles.write("a,b,a\n")
        #expect(thrownError { _ = try CSVTable.read(path: dup) } as? IngestError
                == .duplicateColumn(file: dup, name: "a", columns: [1, 3]))
    }
}
