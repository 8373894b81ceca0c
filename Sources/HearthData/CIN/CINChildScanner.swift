import HearthCore

/// Reads `<Child>` elements of a CIN census straight from bytes, for the parallel reader.
///
/// A national census holds tens of millions of elements; going through the tokenizer's events,
/// interned names and a `String` per value costs several times what reading the bytes does.
/// So this reads only the plain shape of a child: the DfE layout, each element written
/// `<Name>value</Name>`, values that need no trimming or decoding and raise no problem. Anything
/// else — a comment, an attribute, an entity, whitespace around a value, an unknown element or
/// code, a value that would be reported — makes the child `unusual`, and the caller gives it to
/// `CINCensusParser`, which reads it as one pass would, problems and all. A child read here is
/// therefore the child the parser would have made from the same bytes, with nothing to report.
struct CINChildScanner {
    enum Outcome {
        /// A child, and the offset just past its end tag.
        case child(CINChild, end: Int)
        /// Nothing but whitespace up to the end of the bytes given.
        case exhausted
        /// The bytes end inside the child: call again with more of them.
        case needMore
        /// Not the plain shape, or not a child: for the parser.
        case unusual
    }

    private enum Stop: Error { case needMore, unusual }

    /// Newlines passed over by the last `scan`, whitespace before the child included (also
    /// after `exhausted`): the caller keeps the line count the parser would have.
    private(set) var lines = 0

    private let tags = ByteStringIndex(CINTag.vocabulary)
    /// What followed each tag last time, whitespace and next tag (see `CINTagRuns`).
    private let runs = CINTagRuns(states: CINTag.all.count * 2, ways: 2)
    /// Each tag's end tag, `</Name>`, as a run to compare a leaf's close against.
    private let endTags = CINChildScanner.makeEndTags()
    private let sexes = ByteCodeList(CINCodes.sex)
    private let upnUnknown = ByteCodeList(CINCodes.upnUnknown)
    private let ethnicities = ByteCodeList(Ethnicity.codes)
    private let disabilities = ByteCodeList(CINCodes.disability)
    private let referralSources = ByteCodeList(CINCodes.referralSource)
    private let needs = ByteCodeList(CINCodes.primaryNeed)
    private let closureReasons = ByteCodeList(CINCodes.reasonForClosure)
    private let abuseCategories = ByteCodeList(CINCodes.categoryOfAbuse)
    private let factors = ByteCodeList(CINCodes.assessmentFactor)

    private var p = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    private var i = 0
    /// Elements the parser reads as part of their parent (`ChildIdentifiers` and the like),
    /// open at the moment: their end tags must match, as the tokenizer requires.
    private var open: [CINTag] = []
    /// The last tag read, as its vocabulary position times two plus one for an end tag.
    private var last = 0
    /// For each tag (as `last`), the one that followed it the last time it was looked up; -1
    /// before any.
    private var following = [Int](repeating: -1, count: CINTag.all.count * 2)

    // A child's lists are gathered in these, reused from child to child, and copied out at
    // their exact size: one allocation per list instead of one per doubling, none at all for a
    // list of one (see `CINList`), and no spare capacity kept in the census. An element's lists
    // are taken before its parent's go on, so one buffer serves every level (disabilities and
    // assessment factors share one).
    private var codeRuns: [String] = []
    private var episodeRuns: [CINEpisode] = []
    private var assessmentRuns: [Assessment] = []
    private var planRuns: [CINPlan] = []
    private var section47Runs: [Section47] = []
    private var protectionPlanRuns: [ProtectionPlan] = []
    private var reviewRuns: [Day] = []

    /// Reads the child that starts, after any whitespace, at `start`.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Outcome {
        p = bytes
        i = start
        lines = 0
        open.removeAll(keepingCapacity: true)
        // What an abandoned child left gathered.
        codeRuns.removeAll(keepingCapacity: true)
        episodeRuns.removeAll(keepingCapacity: true)
        assessmentRuns.removeAll(keepingCapacity: true)
        planRuns.removeAll(keepingCapacity: true)
        section47Runs.removeAll(keepingCapacity: true)
        protectionPlanRuns.removeAll(keepingCapacity: true)
        reviewRuns.removeAll(keepingCapacity: true)
        do {
            do {
                try skipSpace()
            } catch {
                return .exhausted
            }
            let (tag, isEnd) = try nextTag()
            guard tag == .child, !isEnd else { return .unusual }
            let child = try readChild()
            return .child(child, end: i)
        } catch .needMore {
            return .needMore
        } catch {
            return .unusual
        }
    }

    // MARK: - Elements (the parser's layout, see CINCensusParser)

    private mutating func readChild() throws(Stop) -> CINChild {
        var id: String?, upn: String?, formerUPN: String?, unknownUPN: String?
        var birth: Day?, expectedBirth: Day?, sex: String?, death: Day?, ethnicity: String?
        let codesMark = codeRuns.count, episodesMark = episodeRuns.count
        let base = open.count
        while let tag = try nextStart(closing: .child, base: base) {
            switch tag {
            case .childIdentifiers, .childCharacteristics, .disabilities: open.append(tag)
            case .laChildID: id = try text()
            case .upn: upn = try text()
            case .formerUPN: formerUPN = try text()
            case .upnUnknown: unknownUPN = try code(upnUnknown)
            case .personBirthDate: birth = try day()
            case .expectedPersonBirthDate: expectedBirth = try day()
            case .genderCurrent, .sex: sex = try code(sexes)
            case .personDeathDate: death = try day()
            case .ethnicity: ethnicity = try code(ethnicities)
            case .disability: codeRuns.append(try code(disabilities))
            case .cinDetails:
                let episode = try readEpisode()
                episodeRuns.append(episode)
            default: throw .unusual
            }
        }
        // The parser leaves out a child with no ID, with an error to report.
        guard let id else { throw .unusual }
        return CINChild(childID: id, upn: upn, formerUPN: formerUPN, upnUnknown: unknownUPN, birthDate: birth,
                        expectedBirthDate: expectedBirth, sex: sex, deathDate: death, ethnicity: ethnicity,
                        disabilities: Self.take(&codeRuns, from: codesMark), episodes: Self.takeArray(&episodeRuns, from: episodesMark))
    }

    private mutating func readEpisode() throws(Stop) -> CINEpisode {
        var referral: Day?, source: String?, need: String?, closure: Day?, reason: String?
        var icpc: Day?, nfa: Bool?
        let assessmentsMark = assessmentRuns.count, plansMark = planRuns.count
        let s47sMark = section47Runs.count, cppsMark = protectionPlanRuns.count
        let base = open.count
        while let tag = try nextStart(closing: .cinDetails, base: base) {
            switch tag {
            case .cinReferralDate: referral = try day()
            case .referralSource: source = try code(referralSources)
            case .primaryNeedCode: need = try code(needs)
            case .cinClosureDate: closure = try day()
            case .reasonForClosure: reason = try code(closureReasons)
            case .dateOfInitialCPC: icpc = try day()
            case .referralNFA: nfa = try bool()
            case .assessments:
                let assessment = try readAssessment()
                assessmentRuns.append(assessment)
            case .cinPlanDates:
                let plan = try readPlan()
                planRuns.append(plan)
            case .section47:
                let s47 = try readSection47()
                section47Runs.append(s47)
            case .childProtectionPlans:
                let cpp = try readProtectionPlan()
                protectionPlanRuns.append(cpp)
            default: throw .unusual
            }
        }
        return CINEpisode(referralDate: referral, referralSource: source, primaryNeed: need, closureDate: closure,
                          reasonForClosure: reason, dateOfInitialCPC: icpc, referralNFA: nfa,
                          assessments: Self.take(&assessmentRuns, from: assessmentsMark),
                          cinPlans: Self.take(&planRuns, from: plansMark), section47s: Self.take(&section47Runs, from: s47sMark),
                          protectionPlans: Self.takeArray(&protectionPlanRuns, from: cppsMark))
    }

    private mutating func readAssessment() throws(Stop) -> Assessment {
        var start: Day?, review: Day?, authorised: Day?
        let codesMark = codeRuns.count
        let base = open.count
        while let tag = try nextStart(closing: .assessments, base: base) {
            switch tag {
            case .assessmentActualStartDate: start = try day()
            case .assessmentInternalReviewDate: review = try day()
            case .assessmentAuthorisationDate: authorised = try day()
            case .factorsIdentifiedAtAssessment: open.append(tag)
            case .assessmentFactors: codeRuns.append(try code(factors))
            default: throw .unusual
            }
        }
        return Assessment(startDate: start, internalReviewDate: review, authorisationDate: authorised,
                          factors: Self.take(&codeRuns, from: codesMark))
    }

    private mutating func readPlan() throws(Stop) -> CINPlan {
        var start: Day?, end: Day?
        let base = open.count
        while let tag = try nextStart(closing: .cinPlanDates, base: base) {
            switch tag {
            case .cinPlanStartDate: start = try day()
            case .cinPlanEndDate: end = try day()
            default: throw .unusual
            }
        }
        return CINPlan(startDate: start, endDate: end)
    }

    private mutating func readSection47() throws(Stop) -> Section47 {
        var start: Day?, target: Day?, icpc: Day?, notRequired: Bool?
        let base = open.count
        while let tag = try nextStart(closing: .section47, base: base) {
            switch tag {
            case .s47ActualStartDate: start = try day()
            case .initialCPCtarget: target = try day()
            case .dateOfInitialCPC: icpc = try day()
            case .icpcNotRequired: notRequired = try bool()
            default: throw .unusual
            }
        }
        return Section47(startDate: start, initialCPCTarget: target, dateOfInitialCPC: icpc, icpcNotRequired: notRequired)
    }

    private mutating func readProtectionPlan() throws(Stop) -> ProtectionPlan {
        var start: Day?, end: Day?, initial: String?, latest: String?, previous: Int?
        let reviewsMark = reviewRuns.count
        let base = open.count
        while let tag = try nextStart(closing: .childProtectionPlans, base: base) {
            switch tag {
            case .cppStartDate: start = try day()
            case .cppEndDate: end = try day()
            case .initialCategoryOfAbuse: initial = try code(abuseCategories)
            case .latestCategoryOfAbuse: latest = try code(abuseCategories)
            case .numberOfPreviousCPP: previous = try int()
            case .reviews: open.append(tag)
            case .cppReviewDate: reviewRuns.append(try day())
            default: throw .unusual
            }
        }
        return ProtectionPlan(startDate: start, endDate: end, initialCategory: initial, latestCategory: latest,
                              numberOfPreviousPlans: previous,
                              reviewDates: Self.take(&reviewRuns, from: reviewsMark))
    }

    /// The items gathered since `mark`, as a list of their own, and gone from `runs`.
    private static func take<Item>(_ runs: inout [Item], from mark: Int) -> CINList<Item> {
        let n = runs.count - mark
        guard n > 0 else { return CINList() }
        // One item, the usual case, needs no allocation; the rest are copied into an array
        // reserved at the exact size: `Array(runs[mark...])` may share the whole buffer instead.
        let list: CINList<Item>
        if n == 1 {
            list = CINList(single: runs[mark])
        } else {
            var rest: [Item] = []
            rest.reserveCapacity(n - 1)
            rest.append(contentsOf: runs[(mark + 1)...])
            list = CINList(first: runs[mark], rest: rest)
        }
        runs.removeSubrange(mark...)
        return list
    }

    /// The items gathered since `mark`, as an array of their own, and gone from `runs`: for the
    /// lists the model keeps as arrays (a child's episodes, an episode's plans).
    private static func takeArray<Item>(_ runs: inout [Item], from mark: Int) -> [Item] {
        let n = runs.count - mark
        guard n > 0 else { return [] }
        var items: [Item] = []
        items.reserveCapacity(n)
        items.append(contentsOf: runs[mark...])
        runs.removeSubrange(mark...)
        return items
    }

    // MARK: - Tags

    /// The next start tag inside the element `closing`, nil once its end tag is read. End tags
    /// of the grouping elements opened since `base` are checked and passed over.
    private mutating func nextStart(closing: CINTag, base: Int) throws(Stop) -> CINTag? {
        while true {
            let (tag, isEnd) = try nextSpacedTag()
            if !isEnd { return tag }
            if open.count == base {
                guard tag == closing else { throw .unusual }
                return nil
            }
            guard open.removeLast() == tag else { throw .unusual }
        }
    }

    /// Whitespace and then a tag: first as the very bytes that followed the last tag the last
    /// time, else the slow way, which then becomes the run to try next time.
    private mutating func nextSpacedTag() throws(Stop) -> (CINTag, isEnd: Bool) {
        let before = last
        guard let base = p.baseAddress else { throw .needMore }
        if let run = runs.match(after: before, base + i, available: p.count &- i) {
            i &+= run.length
            lines &+= run.newlines
            last = run.next
            return (CINTag.all[run.next >> 1], run.next & 1 == 1)
        }
        let from = i, linesBefore = lines
        try skipSpace()
        let tag = try nextTag()
        runs.learn(after: before, UnsafeBufferPointer(start: base + from, count: i - from), newlines: lines - linesBefore,
                   next: last)
        return tag
    }

    private static func makeEndTags() -> CINTagRuns {
        let table = CINTagRuns(states: CINTag.all.count, ways: 1)
        for (index, tag) in CINTag.all.enumerated() {
            Array("</\(tag.rawValue)>".utf8).withUnsafeBufferPointer {
                table.learn(after: index, $0, newlines: 0, next: index << 1 | 1)
            }
        }
        return table
    }

    /// The tag at `i`, which must be `<Name>` or `</Name>` with a name of the census.
    private mutating func nextTag() throws(Stop) -> (CINTag, isEnd: Bool) {
        guard p[i] == Byte.lt else { throw .unusual }  // text where the parser ignores it
        // Census files repeat one layout, so the tag that followed this one last time is tried
        // first: one comparison instead of finding the name's end and looking it up.
        let guess = following[last]
        if guess >= 0 {
            let index = guess >> 1, isEnd = guess & 1 == 1
            let at = i + (isEnd ? 2 : 1), close = at + tags.length(index)
            if close < p.count, p[close] == Byte.gt, !isEnd || p[i + 1] == UInt8(ascii: "/"), tags.matches(index, p, at: at) {
                i = close + 1
                last = guess
                return (CINTag.all[index], isEnd)
            }
        }
        var k = i + 1
        guard k < p.count else { throw .needMore }
        let isEnd = p[k] == UInt8(ascii: "/")
        if isEnd { k += 1 }
        let nameStart = k
        while k < p.count {
            let b = p[k]
            if b == Byte.gt { break }
            // Attributes, `/>`, a comment or a processing instruction: the parser's business.
            if b <= 0x20 || b == UInt8(ascii: "/") || b == Byte.lt || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") {
                throw .unusual
            }
            k += 1
        }
        guard k < p.count else { throw .needMore }
        guard let index = tags.index(of: p, nameStart..<k) else { throw .unusual }
        i = k + 1
        let read = index << 1 | (isEnd ? 1 : 0)
        following[last] = read
        last = read
        return (CINTag.all[index], isEnd)
    }

    /// Skips whitespace, counting newlines; `needMore` when the bytes run out first.
    private mutating func skipSpace() throws(Stop) {
        while i < p.count {
            let b = p[i]
            if b == 0x20 {
                // Indentation is a third of a census: its spaces are passed eight at a time.
                if p.count - i >= 8 {
                    let word = UInt64(littleEndian: UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self))
                    let others = word ^ Self.eightSpaces
                    i += others == 0 ? 8 : others.trailingZeroBitCount >> 3
                } else {
                    i += 1
                }
            } else if b == Byte.lf {
                lines += 1
                i += 1
            } else if b == Byte.tab || b == Byte.cr {
                i += 1
            } else {
                return
            }
        }
        throw .needMore
    }

    private static let eightSpaces: UInt64 = 0x2020_2020_2020_2020

    // MARK: - Values

    /// The bytes of the value of the leaf just opened, its end tag read too. Empty values and
    /// values with markup inside are left to the parser.
    private mutating func value() throws(Stop) -> Range<Int> {
        let start = i
        var k = i
        guard let base = p.baseAddress else { throw .needMore }
        // Values are short (a date is ten bytes): the `<` is found a word at a time, and the
        // end tag compared as one run.
        while p.count &- k >= 8 {
            let at = ByteWords.first(Byte.lt, in: ByteWords.load(base, k))
            k &+= at
            if at < 8 {
                if k > start, let close = endTags.match(after: last >> 1, base + k, available: p.count &- k) {
                    i = k &+ close.length
                    return start..<k
                }
                break
            }
        }
        while k < p.count, p[k] != Byte.lt { k += 1 }
        guard k + 1 < p.count else { throw .needMore }
        let index = last >> 1
        let close = k + 2 + tags.length(index)
        guard close < p.count else { throw .needMore }
        guard k > start, p[k + 1] == UInt8(ascii: "/"), tags.matches(index, p, at: k + 2), p[close] == Byte.gt else {
            throw .unusual
        }
        i = close + 1
        return start..<k
    }

    /// Free text (an ID or UPN) as the parser keeps it: anything to trim, decode or report
    /// (edge whitespace, control bytes, an entity) is the parser's.
    private mutating func text() throws(Stop) -> String {
        let r = try value()
        guard p[r.lowerBound] != 0x20, p[r.upperBound - 1] != 0x20 else { throw .unusual }
        for k in r where p[k] < 0x20 || p[k] == Byte.amp { throw .unusual }
        return String(decoding: UnsafeBufferPointer(rebasing: p[r]), as: UTF8.self)
    }

    private mutating func code(_ list: ByteCodeList) throws(Stop) -> String {
        let r = try value()
        guard let code = list.code(p, r) else { throw .unusual }
        return code
    }

    private mutating func day() throws(Stop) -> Day {
        let r = try value()
        guard let day = Day(isoBytes: UnsafeBufferPointer(rebasing: p[r])) else { throw .unusual }
        return day
    }

    private mutating func bool() throws(Stop) -> Bool {
        let r = try value()
        guard let b = Self.booleans.index(of: p, r) else { throw .unusual }
        return b < 4
    }

    private mutating func int() throws(Stop) -> Int {
        // `Int(_:)` also takes a sign: digits only here.
        guard let n = PlainDigits.value(p, try value()) else { throw .unusual }
        return n
    }

    /// What `CINFieldReader.bool` accepts: the true spellings first.
    private static let booleans = ByteStringIndex(["true", "1", "True", "TRUE", "false", "0", "False", "FALSE"])
}
