import HearthCore

/// Reads one CIN census message from a tokenizer: recursive descent over the DfE layout,
/// one pass, problems logged as values. Thrown `XMLError`s (malformed or truncated files) are
/// turned into a fatal problem by `CINCensusReader`.
struct CINCensusParser {
    var xml: XMLTokenizer
    var log: ProblemLog
    // Not private: the parallel reader (CINCensusParser+Slices) adds up its slices' counts.
    var childCount = 0
    var warnedElements: Set<String> = []
    /// Set on the parser of the head of a file read in slices: taken when the head pauses
    /// inside `<Children>`, see `readSlices`.
    var sliceJob: CINSliceJob?
    /// True on the parser of one slice: its unknown-element warnings are logged outside the
    /// per-field limit and marked, because joining may drop some (`ProblemLog.addUncapped`).
    var inSlice = false
    var unknownWarningIndexes: Set<Int> = []
    /// A slice could not be read cleanly; the caller reads the file in one pass instead.
    var slicesFailed = false

    init(xml: XMLTokenizer, log: ProblemLog) {
        self.xml = xml
        self.log = log
    }

    mutating func parse() throws(XMLError) -> CINCensus? {
        guard case .start(let root, _)? = try xml.next() else {
            fatal("no root element: this is not a CIN census")
            return nil
        }
        guard CINTag(root) == .message else {
            fatal("the root element is <\(root.local)>, not <Message>: this is not a CIN census")
            return nil
        }
        var header: CINHeader?
        var headerSeen = false
        var childrenSeen = false
        var children: [CINChild] = []
        while let event = try xml.next() {
            guard case .start(let name, _) = event else { continue }
            switch CINTag(name) {
            case .header:
                headerSeen = true
                header = try readHeader()
                if log.hasFatal { return nil }
            case .children:
                childrenSeen = true
                try readChildren(into: &children)
            default:
                try unknown(name)
            }
        }
        if !childrenSeen {
            fatal("the message has no <Children> element: this is not a CIN census (or it holds no children)")
        }
        if !headerSeen {
            fatal("the message has no <Header>: the collection year and authority are unknown")
        }
        guard let header, !log.hasFatal else { return nil }
        return CINCensus(header: header, children: children)
    }

    // MARK: - Header

    private mutating func readHeader() throws(XMLError) -> CINHeader? {
        let depth = xml.depth
        let line = xml.line
        let path = xml.path
        var collection: String?, collectionLine = line, year: Int?, referenceDate: Day?, lea: String?
        var software: String?, release: String?, serial: String?, dateTime: String?
        loop: while let event = try xml.next() {
            switch event {
            case .start(let name, _):
                switch CINTag(name) {
                case .collectionDetails, .source: continue
                case .collection:
                    collectionLine = xml.line
                    collection = try textLeaf()
                case .year: year = try intLeaf(.year)
                case .referenceDate: referenceDate = try dateLeaf(.referenceDate)
                case .sourceLevel: _ = try textLeaf()
                case .lea: lea = try textLeaf()
                case .softwareCode: software = try textLeaf()
                case .release: release = try textLeaf()
                case .serialNo: serial = try textLeaf()
                case .dateTime: dateTime = try textLeaf()
                default: try unknown(name)
                }
            case .end:
                if xml.depth < depth { break loop }
            case .text:
                continue
            }
        }
        if let collection, collection.uppercased() != "CIN" {
            fatal("the collection is \"\(collection)\", not CIN: this is not a CIN census",
                  line: collectionLine, element: path, field: "Collection")
            return nil
        }
        let resolvedYear: Int
        let resolvedDate: Day
        switch (year, referenceDate) {
        case let (y?, d?):
            resolvedYear = y
            resolvedDate = d
            // The statutory census is dated 31 March; an in-year extract from the case system
            // carries an earlier day of the same reporting year, the day its data runs to.
            let year = Day.reportingYear(endingIn: y)
            if d < year.start || d > year.end {
                log.add(.warning, line: line, element: path, field: "ReferenceDate",
                        "ReferenceDate \(d.iso) is not in the reporting year \(y - 1)-\(Day.pad(y % 100, 2)) the Year \(y) names")
            }
        case let (y?, nil):
            guard let d = Day(year: y, month: 3, day: 31) else {
                fatal("Year \(y) is not a collection year", line: line, element: path, field: "Year")
                return nil
            }
            resolvedYear = y
            resolvedDate = d
        case let (nil, d?):
            resolvedYear = d.month <= 3 ? d.year : d.year + 1
            resolvedDate = d
        case (nil, nil):
            fatal("the header has neither a Year nor a ReferenceDate: the census period is unknown",
                  line: line, element: path, field: "ReferenceDate")
            return nil
        }
        if lea == nil {
            log.add(.error, line: line, element: path, field: "LEA", "the header has no LEA (authority code)")
        }
        return CINHeader(year: resolvedYear, referenceDate: resolvedDate, authorityCode: lea ?? "",
                         softwareCode: software, release: release, serialNumber: serial, dateTime: dateTime)
    }

    // MARK: - Children

    mutating func readChildren(into children: inout [CINChild]) throws(XMLError) {
        let depth = xml.depth
        children.reserveCapacity(1024)
        while true {
            guard let event = try xml.next() else {
                // Inside <Children> the tokenizer only stops early when the file is read in
                // slices: the children in the middle are parsed in parallel, then on we go.
                guard let job = sliceJob else { return }
                sliceJob = nil
                try readSlices(job, into: &children)
                continue
            }
            switch event {
            case .start(let name, _):
                if CINTag(name) == .child {
                    childCount += 1
                    if let child = try readChild() { children.append(child) }
                } else {
                    try unknown(name)
                }
            case .end:
                if xml.depth < depth { return }
            case .text:
                continue
            }
        }
    }

    private mutating func readChild() throws(XMLError) -> CINChild? {
        let depth = xml.depth
        let line = xml.line
        var id: String?, upn: String?, formerUPN: String?, upnUnknown: String?
        var birth: Day?, expectedBirth: Day?, sex: String?, death: Day?, ethnicity: String?
        var disabilities: [String] = []
        var episodes: [CINEpisode] = []
        // Captured now: once the end tag is read the path is the parent's.
        let path = xml.path
        loop: while let event = try xml.next() {
            switch event {
            case .start(let name, _):
                switch CINTag(name) {
                case .childIdentifiers, .childCharacteristics, .disabilities: continue
                case .laChildID: id = try textLeaf()
                case .upn: upn = try textLeaf()
                case .formerUPN: formerUPN = try textLeaf()
                case .upnUnknown: upnUnknown = try codeLeaf(.upnUnknown, CINCodes.upnUnknown)
                case .personBirthDate: birth = try dateLeaf(.personBirthDate)
                case .expectedPersonBirthDate: expectedBirth = try dateLeaf(.expectedPersonBirthDate)
                case .genderCurrent: sex = try codeLeaf(.genderCurrent, CINCodes.sex)
                case .sex: sex = try codeLeaf(.sex, CINCodes.sex)
                case .personDeathDate: death = try dateLeaf(.personDeathDate)
                case .ethnicity: ethnicity = try codeLeaf(.ethnicity, Ethnicity.codes)
                case .disability:
                    if let d = try codeLeaf(.disability, CINCodes.disability) { disabilities.append(d) }
                case .cinDetails: episodes.append(try readEpisode())
                default: try unknown(name)
                }
            case .end:
                if xml.depth < depth { break loop }
            case .text:
                continue
            }
        }
        guard let id else {
            log.add(.error, line: line, element: path, field: "LAchildID",
                    "the child has no LAchildID and was left out")
            return nil
        }
        return CINChild(childID: id, upn: upn, formerUPN: formerUPN, upnUnknown: upnUnknown, birthDate: birth,
                        expectedBirthDate: expectedBirth, sex: sex, deathDate: death, ethnicity: ethnicity,
                        disabilities: disabilities, episodes: episodes)
    }

    private mutating func readEpisode() throws(XMLError) -> CINEpisode {
        let depth = xml.depth
        var referral: Day?, source: String?, need: String?, closure: Day?, reason: String?
        var icpc: Day?, nfa: Bool?
        var assessments: [Assessment] = []
        var plans: [CINPlan] = []
        var s47s: [Section47] = []
        var cpps: [ProtectionPlan] = []
        loop: while let event = try xml.next() {
            switch event {
            case .start(let name, _):
                switch CINTag(name) {
                case .cinReferralDate: referral = try dateLeaf(.cinReferralDate)
                case .referralSource: source = try codeLeaf(.referralSource, CINCodes.referralSource)
                case .primaryNeedCode: need = try codeLeaf(.primaryNeedCode, CINCodes.primaryNeed)
                case .cinClosureDate: closure = try dateLeaf(.cinClosureDate)
                case .reasonForClosure: reason = try codeLeaf(.reasonForClosure, CINCodes.reasonForClosure)
                case .dateOfInitialCPC: icpc = try dateLeaf(.dateOfInitialCPC)
                case .referralNFA: nfa = try boolLeaf(.referralNFA)
                case .assessments: assessments.append(try readAssessment())
                case .cinPlanDates: plans.append(try readPlan())
                case .section47: s47s.append(try readSection47())
                case .childProtectionPlans: cpps.append(try readProtectionPlan())
                default: try unknown(name)
                }
            case .end:
                if xml.depth < depth { break loop }
            case .text:
                continue
            }
        }
        return CINEpisode(referralDate: referral, referralSource: source, primaryNeed: need, closureDate: closure,
                          reasonForClosure: reason, dateOfInitialCPC: icpc, referralNFA: nfa,
                          assessments: assessments, cinPlans: plans, section47s: s47s, protectionPlans: cpps)
    }

    private mutating func readAssessment() throws(XMLError) -> Assessment {
        let depth = xml.depth
        var start: Day?, review: Day?, authorised: Day?
        var factors: [String] = []
        loop: while let event = try xml.next() {
            switch event {
            case .start(let name, _):
                switch CINTag(name) {
                case .assessmentActualStartDate: start = try dateLeaf(.assessmentActualStartDate)
                case .assessmentInternalReviewDate: review = try dateLeaf(.assessmentInternalReviewDate)
                case .assessmentAuthorisationDate: authorised = try dateLeaf(.assessmentAuthorisationDate)
                case .factorsIdentifiedAtAssessment: continue
                case .assessmentFactors:
                    if let f = try codeLeaf(.assessmentFactors, CINCodes.assessmentFactor) { factors.append(f) }
                default: try unknown(name)
                }
            case .end:
                if xml.depth < depth { break loop }
            case .text:
                continue
            }
        }
        return Assessment(startDate: start, internalReviewDate: review, authorisationDate: authorised, factors: factors)
    }

    private mutating func readPlan() throws(XMLError) -> CINPlan {
        let depth = xml.depth
        var start: Day?, end: Day?
        loop: while let event = try xml.next() {
            switch event {
            case .start(let name, _):
                switch CINTag(name) {
                case .cinPlanStartDate: start = try dateLeaf(.cinPlanStartDate)
                case .cinPlanEndDate: end = try dateLeaf(.cinPlanEndDate)
                default: try unknown(name)
                }
            case .end:
                if xml.depth < depth { break loop }
            case .text:
                continue
            }
        }
        return CINPlan(startDate: start, endDate: end)
    }

    private mutating func readSection47() throws(XMLError) -> Section47 {
        let depth = xml.depth
        var start: Day?, target: Day?, icpc: Day?, notRequired: Bool?
        loop: while let event = try xml.next() {
            switch event {
            case .start(let name, _):
                switch CINTag(name) {
                case .s47ActualStartDate: start = try dateLeaf(.s47ActualStartDate)
                case .initialCPCtarget: target = try dateLeaf(.initialCPCtarget)
                case .dateOfInitialCPC: icpc = try dateLeaf(.dateOfInitialCPC)
                case .icpcNotRequired: notRequired = try boolLeaf(.icpcNotRequired)
                default: try unknown(name)
                }
            case .end:
                if xml.depth < depth { break loop }
            case .text:
                continue
            }
        }
        return Section47(startDate: start, initialCPCTarget: target, dateOfInitialCPC: icpc, icpcNotRequired: notRequired)
    }

    private mutating func readProtectionPlan() throws(XMLError) -> ProtectionPlan {
        let depth = xml.depth
        var start: Day?, end: Day?, initial: String?, latest: String?, previous: Int?
        var reviews: [Day] = []
        loop: while let event = try xml.next() {
            switch event {
            case .start(let name, _):
                switch CINTag(name) {
                case .cppStartDate: start = try dateLeaf(.cppStartDate)
                case .cppEndDate: end = try dateLeaf(.cppEndDate)
                case .initialCategoryOfAbuse: initial = try codeLeaf(.initialCategoryOfAbuse, CINCodes.categoryOfAbuse)
                case .latestCategoryOfAbuse: latest = try codeLeaf(.latestCategoryOfAbuse, CINCodes.categoryOfAbuse)
                case .numberOfPreviousCPP: previous = try intLeaf(.numberOfPreviousCPP)
                case .reviews: continue
                case .cppReviewDate:
                    if let d = try dateLeaf(.cppReviewDate) { reviews.append(d) }
                default: try unknown(name)
                }
            case .end:
                if xml.depth < depth { break loop }
            case .text:
                continue
            }
        }
        return ProtectionPlan(startDate: start, endDate: end, initialCategory: initial, latestCategory: latest,
                              numberOfPreviousPlans: previous, reviewDates: reviews)
    }

    // MARK: - Leaves

    /// The trimmed text of the leaf element whose start tag was just read, consuming its end tag.
    private mutating func textLeaf() throws(XMLError) -> String? {
        let depth = xml.depth
        var text: String?
        while let event = try xml.next() {
            switch event {
            case .text(let t):
                if let s = text { text = s + t } else { text = t }
            case .start(let name, _):
                try unexpectedInLeaf(name)
            case .end:
                if xml.depth < depth { return CINFieldReader.trimmed(text) }
            }
        }
        return CINFieldReader.trimmed(text)
    }

    private mutating func dateLeaf(_ tag: CINTag) throws(XMLError) -> Day? {
        let line = xml.line
        guard let text = try textLeaf() else { return nil }
        let (value, problem) = CINFieldReader.day(text)
        if let problem { report(problem, line: line, field: tag.rawValue) }
        return value
    }

    private mutating func boolLeaf(_ tag: CINTag) throws(XMLError) -> Bool? {
        let line = xml.line
        guard let text = try textLeaf() else { return nil }
        let (value, problem) = CINFieldReader.bool(text)
        if let problem { report(problem, line: line, field: tag.rawValue) }
        return value
    }

    private mutating func intLeaf(_ tag: CINTag) throws(XMLError) -> Int? {
        let line = xml.line
        guard let text = try textLeaf() else { return nil }
        let (value, problem) = CINFieldReader.int(text)
        if let problem { report(problem, line: line, field: tag.rawValue) }
        return value
    }

    private mutating func codeLeaf(_ tag: CINTag, _ list: CodeList) throws(XMLError) -> String? {
        let line = xml.line
        guard let text = try textLeaf() else { return nil }
        if let problem = CINFieldReader.code(text, list) { report(problem, line: line, field: tag.rawValue) }
        return text
    }

    /// Called after the leaf's end tag, so the path is that of the group holding the field.
    private mutating func report(_ problem: CINFieldReader.Problem, line: Int, field: String) {
        log.add(problem.severity, line: line, element: xml.path, field: field, problem.message)
    }

    // MARK: - Unknown content

    /// Warns once per element name, then skips the element and everything in it.
    private mutating func unknown(_ name: XMLName) throws(XMLError) {
        if warnedElements.insert(name.local).inserted {
            let path = xml.path
            let parent = path.split(separator: "/").dropLast().joined(separator: "/")
            let message = "unknown element <\(name.local)> was ignored" + (name.id != nil ? " (it does not belong here)" : "")
            if inSlice {
                unknownWarningIndexes.insert(log.problems.count)
                log.addUncapped(.warning, line: xml.line, element: parent, field: name.local, message)
            } else {
                log.add(.warning, line: xml.line, element: parent, field: name.local, message)
            }
        }
        try skipElement()
    }

    private mutating func unexpectedInLeaf(_ name: XMLName) throws(XMLError) {
        log.add(.warning, line: xml.line, element: xml.path, field: name.local,
                "element <\(name.local)> inside a value was ignored")
        try skipElement()
    }

    /// Skips to the end of the element whose start tag was just read.
    private mutating func skipElement() throws(XMLError) {
        let depth = xml.depth
        while let event = try xml.next() {
            if case .end = event, xml.depth < depth { return }
        }
    }

    private mutating func fatal(_ message: String, line: Int? = nil, element: String? = nil, field: String? = nil) {
        log.add(.fatal, line: line ?? xml.line, element: element, field: field, message)
    }
}
