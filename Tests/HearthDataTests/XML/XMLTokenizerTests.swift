import Testing
@testable import HearthData

@Suite struct XMLTokenizerTests {
    /// All events of `text`, fed `chunk` bytes at a time.
    private func events(_ text: String, chunk: Int? = nil, limits: XMLTokenizer.Limits = .init()) throws -> [XMLEvent] {
        var xml = XMLTokenizer(source: ArrayByteSource(Array(text.utf8), chunkSize: chunk), limits: limits, chunkSize: chunk ?? 1 << 20)
        var out: [XMLEvent] = []
        while let e = try xml.next() { out.append(e) }
        return out
    }

    private func error(_ text: String, limits: XMLTokenizer.Limits = .init()) -> XMLError? {
        do {
            _ = try events(text, limits: limits)
            return nil
        } catch let e as XMLError {
            return e
        } catch {
            return nil
        }
    }

    @Test func yieldsElementsTextAndAttributes() throws {
        // Given
        let doc = #"<?xml version="1.0"?><a x="1" y='two'><b>hi</b><c/></a>"#
        // When
        let got = try events(doc)
        // Then
        #expect(got == [
            .start(XMLName(local: "a"), attributes: [XMLAttribute(name: "x", value: "1"), XMLAttribute(name: "y", value: "two")]),
            .start(XMLName(local: "b"), attributes: []), .text("hi"), .end(XMLName(local: "b")),
            .start(XMLName(local: "c"), attributes: []), .end(XMLName(local: "c")),
            .end(XMLName(local: "a")),
        ])
    }

    @Test func decodesEntitiesAndCharacterReferences() throws {
        // Given
        let doc = "<a>&amp; &lt; &gt; &quot; &apos; &#65; &#x42; &#xe9;</a>"
        // When
        let got = try events(doc)
        // Then
        #expect(got[1] == .text("& < > \" ' A B é"))
    }

    @Test func skipsCommentsProcessingInstructionsAndDoctypeAndKeepsCDATA() throws {
        // Given
        let doc = "<!DOCTYPE a [<!ELEMENT a ANY>]><!-- note --><a><?pi x?><!-- <b> -->x<![CDATA[<y>&]]></a>"
        // When
        let got = try events(doc)
        // Then
        #expect(got == [.start(XMLName(local: "a"), attributes: []), .text("x"), .text("<y>&"), .end(XMLName(local: "a"))])
    }

    @Test func stripsNamespacePrefixesAndSkipsByteOrderMark() throws {
        // Given
        let doc = "\u{FEFF}<ns:Message xmlns:ns=\"urn:x\"><ns:Child/></ns:Message>"
        // When
        let names = try events(doc).compactMap { e -> String? in
            if case .start(let n, _) = e { return n.local } else { return nil }
        }
        // Then
        #expect(names == ["Message", "Child"])
    }

    @Test func givesVocabularyIDs() throws {
        // Given
        var xml = XMLTokenizer(bytes: Array("<a><b/></a>".utf8), vocabulary: ["x", "b", "a"])
        // When
        guard case .start(let a, _)? = try xml.next(), case .start(let b, _)? = try xml.next() else {
            Issue.record("expected two start events")
            return
        }
        // Then
        #expect(a.id == 2)
        #expect(b.id == 1)
    }

    @Test func tracksLinesAndPathWithSiblingIndexes() throws {
        // Given
        let doc = "<M>\n<C>\n<K/>\n</C>\r\n<C>\n<D/><D>\n<X>v</X></D></C></M>"
        var xml = XMLTokenizer(bytes: Array(doc.utf8), unindexed: ["K"])
        // When
        var seen: [(String, Int)] = []
        while let e = try xml.next() {
            if case .start = e { seen.append((xml.path, xml.line)) }
        }
        // Then
        #expect(seen.map(\.0) == ["M", "M/C[1]", "M/C[1]/K", "M/C[2]", "M/C[2]/D[1]", "M/C[2]/D[2]", "M/C[2]/D[2]/X[1]"])
        #expect(seen.map(\.1) == [1, 2, 3, 5, 6, 6, 7])
    }

    @Test func sameEventsWhateverTheChunkSize() throws {
        // Given
        let doc = "<?xml version=\"1.0\"?>\n<!-- c --><a k=\"v&amp;w\">\n  <b>one &amp; two</b><![CDATA[x]]>\n  <c/>\n</a>\n"
        let whole = try events(doc)
        // When / Then
        for chunk in 1...9 {
            #expect(try events(doc, chunk: chunk) == whole, "chunk size \(chunk)")
        }
    }

    @Test func rejectsMismatchedEndTagWithLineAndPath() {
        // Given / When
        let e = error("<a>\n<b>\n<c>x</b>\n</a>")
        // Then
        #expect(e?.kind == .mismatchedEndTag(expected: "c", found: "b"))
        #expect(e?.line == 3)
        #expect(e?.path == "a/b[1]/c[1]")
    }

    @Test func rejectsTruncatedFile() {
        // Given / When
        let e = error("<a><b>text")
        // Then
        #expect(e?.kind == .truncated(element: "b"))
        #expect(e?.path == "a/b[1]")
    }

    @Test func rejectsBinaryData() {
        #expect(error("<a>\u{0}\u{1}</a>")?.kind == .binary)
        #expect(error("\u{0}\u{0}\u{0}")?.kind == .binary)
    }

    @Test func rejectsEmptyAndWhitespaceOnlyFiles() {
        #expect(error("")?.kind == .empty)
        #expect(error("\u{FEFF}  \n")?.kind == .empty)
    }

    @Test func rejectsTextOutsideTheRootAndSecondRoot() {
        #expect(error("CHILD,DOB\n1,2\n")?.kind == .textOutsideRoot)
        #expect(error("<a/><b/>")?.kind == .secondRoot("b"))
    }

    @Test func rejectsUnknownEntities() {
        #expect(error("<a>Smith & Co</a>")?.kind == .badEntity("& Co"))
    }

    @Test func rejectsTokensOverTheLimit() {
        // Given
        let limits = XMLTokenizer.Limits(maxTokenBytes: 64, maxNameBytes: 16)
        // When / Then
        #expect(error("<a>" + String(repeating: "x", count: 100) + "</a>", limits: limits)?.kind == .tokenTooLarge(limit: 64))
        #expect(error("<" + String(repeating: "n", count: 40) + "/>", limits: limits)?.kind == .nameTooLong(limit: 16))
    }

    @Test func endlessStreamWithoutMarkupFailsFastInBoundedMemory() throws {
        // Given: a source that would yield 2 GB of text with no '<', a little at a time
        struct Endless: XMLByteSource {
            var served = 0
            mutating func read(maxBytes: Int) throws -> [UInt8]? {
                guard served < 2 << 30 else { return nil }
                served += 4096
                return served == 4096 ? Array("<a>".utf8) + [UInt8](repeating: 0x61, count: 4093) : [UInt8](repeating: 0x61, count: 4096)
            }
        }
        var xml = XMLTokenizer(source: Endless(), limits: .init(maxTokenBytes: 1 << 16), chunkSize: 4096)
        // When
        var failure: XMLError?
        do {
            while try xml.next() != nil {}
        } catch {
            failure = error
        }
        // Then: it stops after reading about one token's worth, not 2 GB
        #expect(failure?.kind == .tokenTooLarge(limit: 1 << 16))
    }

    @Test func rejectsDeepNesting() {
        let doc = String(repeating: "<a>", count: 20) + String(repeating: "</a>", count: 20)
        #expect(error(doc, limits: .init(maxDepth: 10))?.kind == .tooDeep(limit: 10))
    }
}
