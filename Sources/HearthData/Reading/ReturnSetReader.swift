import Foundation
import HearthCore

/// Reads a folder (or a list) of return files into one `Dataset`: each file recognised by its
/// content, the readers run side by side, the SSDA903 tables sorted into this year and last.
public struct ReturnSetReader: Sendable {
    public struct Options: Sendable {
        /// Files larger than this are refused with a clear message rather than read.
        public var maxFileBytes: Int64 = 1 << 30
        /// The authority, when the returns do not say (the CIN header does).
        public var authorityCode: String? = nil
        /// The SSDA903 year to treat as "this year" (the 31 March it ends on).
        public var ssda903Year: Int? = nil
        /// The workforce census date, when it cannot be inferred.
        public var workforceCensusDate: Day? = nil
        /// The day an in-year SSDA903 extract runs to, when given (`--data-to`, the upload form's
        /// "Data to"); otherwise it is worked out (`SSDA903DataTo`).
        public var dataTo: Day? = nil
        /// Today, for telling a year still running from one that has ended.
        public var today: Day = Day(ordinal: Int32((Date().timeIntervalSince1970 / 86_400).rounded(.down)))

        public init() {}
    }

    public let options: Options

    public init(options: Options = Options()) { self.options = options }

    /// Every file under `directory` (hidden files and folders skipped), in path order. A link
    /// to a file is read as the file; links to folders, broken links, pipes, sockets and
    /// devices are skipped, each with a warning that names it, so a folder never reads as
    /// silently empty and a FIFO never hangs the read.
    public func read(directory: URL) async -> ReturnSet {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: directory.path, isDirectory: &isDir), isDir.boolValue else {
            return ReturnSet(dataset: .empty, files: [], problems: [DataProblem(.fatal, file: directory.lastPathComponent,
                                                                                  message: "no such folder")])
        }
        var urls: [URL] = []
        var skipped: [(name: String, why: String)] = []
        // No resource keys: they would be fetched with a stat that follows links, and the
        // entry's own type is what decides here.
        if let walker = fm.enumerator(at: directory, includingPropertiesForKeys: [],
                                      options: [.skipsHiddenFiles, .skipsPackageDescendants]) {
            let base = directory.standardizedFileURL.path
            for case let url as URL in walker {
                let entry = FileEntry(path: url.path)
                if entry.isReadable {
                    urls.append(url)
                } else if let why = entry.skipReason {
                    skipped.append((Self.shownName(url, under: base, folder: directory.lastPathComponent), why))
                }
            }
        }
        urls.sort { $0.path < $1.path }
        let set = await read(files: urls)
        let warnings = skipped.sorted { $0.name < $1.name }.map {
            DataProblem(.warning, file: $0.name, message: "skipped: \($0.why)")
        }
        return ReturnSet(dataset: set.dataset, files: set.files, problems: warnings + set.problems,
                         staffing: set.staffing, placementCosts: set.placementCosts)
    }

    /// `returns/sub/x.csv`: the entry's path from the folder read, so a skipped entry deep in
    /// the tree can be found.
    static func shownName(_ url: URL, under base: String, folder: String) -> String {
        let path = url.standardizedFileURL.path
        guard path.hasPrefix(base + "/") else { return url.lastPathComponent }
        return folder + "/" + path.dropFirst(base.count + 1)
    }

    public func read(files urls: [URL]) async -> ReturnSet {
        var problems: [DataProblem] = []
        var recognised: [RecognisedFile] = []
        var byKind: [Kind: [URL]] = [:]
        for url in urls {
            switch ReturnFileSniffer.classify(url, maxBytes: options.maxFileBytes) {
            case .kind(let kind):
                guard let group = Kind(kind) else { continue }
                byKind[group, default: []].append(url)
            case .rejected(let p), .ignored(let p):
                problems.append(p)
                recognised.append(RecognisedFile(name: url.lastPathComponent, kind: .unrecognised, bytes: Self.size(url), rows: 0))
            }
        }

        // The readers are independent: run them side by side.
        let cinFiles = byKind[.cin] ?? [], csvFiles = byKind[.ssda903CSV] ?? [], xmlFiles = byKind[.ssda903XML] ?? []
        // The sniffer already told workbooks from CSV lists: keep that rather than look again.
        let annexAFiles = ((byKind[.annexAWorkbook] ?? []).map { ($0, true) } + (byKind[.annexACSV] ?? []).map { ($0, false) })
            .sorted { $0.0.path < $1.0.path }
        let workerFiles = byKind[.workers] ?? [], vacancyFiles = byKind[.vacancies] ?? []
        async let cin = readCIN(cinFiles)
        async let ssda903 = readSSDA903(csv: csvFiles, xml: xmlFiles)
        async let annexA = readAnnexA(annexAFiles)
        async let workforce = readWorkforce(workers: workerFiles, vacancies: vacancyFiles)
        async let staffing = staffingPart(staff: byKind[.staff] ?? [], teams: byKind[.teams] ?? [],
                                          campaigns: byKind[.campaigns] ?? [], costs: byKind[.costs] ?? [])
        let parts = await [cin, ssda903, annexA, workforce, staffing]

        for part in parts {
            problems += part.problems
            recognised += part.files
        }
        let census = parts[0].cin
        let assembled = parts[1]
        let dataTo = SSDA903DataTo(given: options.dataTo, census: census, today: options.today)
        let current903 = assembled.ssda903.map { dataTo.resolve($0, problems: &problems) }
        let dataset = Dataset(
            authorityCode: census?.header.authorityCode ?? options.authorityCode,
            cin: census, ssda903: current903, ssda903Previous: assembled.ssda903Previous,
            annexA: parts[2].annexA, workforce: parts[3].workforce)
        recognised.sort { $0.name < $1.name }
        // The year before's census and SSDA903, for twelve months that cross 1 April.
        let earlier = parts[0].cinEarlier.map {
            Dataset(authorityCode: dataset.authorityCode, cin: $0, ssda903: assembled.ssda903Previous)
        }
        return ReturnSet(dataset: dataset, files: recognised, problems: problems, staffing: parts[4].staffing,
                         placementCosts: parts[4].placementCosts, earlier: earlier)
    }

    // MARK: - Readers

    private enum Kind: Hashable {
        case cin, ssda903CSV, ssda903XML, annexACSV, annexAWorkbook, workers, vacancies
        case staff, teams, campaigns, costs

        /// The reader a recognised file goes to; nil for a file not recognised.
        init?(_ kind: ReturnFileKind) {
            switch kind {
            case .cinCensus: self = .cin
            case .ssda903Table: self = .ssda903CSV
            case .ssda903XML: self = .ssda903XML
            case .annexAList: self = .annexACSV
            case .annexAWorkbook: self = .annexAWorkbook
            case .workforceWorkers: self = .workers
            case .workforceVacancies: self = .vacancies
            case .workforceStaff: self = .staff
            case .workforceTeams: self = .teams
            case .recruitmentCampaigns: self = .campaigns
            case .placementCosts: self = .costs
            case .unrecognised: return nil
            }
        }
    }

    private struct Part: Sendable {
        var files: [RecognisedFile] = []
        var problems: [DataProblem] = []
        var cin: CINCensus? = nil
        /// The census of the year before the one used, when the folder holds it too.
        var cinEarlier: CINCensus? = nil
        var ssda903: SSDA903Return? = nil
        var ssda903Previous: SSDA903Return? = nil
        var annexA: AnnexA? = nil
        var workforce: WorkforceCensus? = nil
        var staffing: StaffingRecords? = nil
        var placementCosts: PlacementCostTable? = nil
    }

    /// The size of the file, or of the file a link points to.
    static func size(_ url: URL) -> Int64 {
        FileEntry(path: url.path).size
    }

    private func readCIN(_ urls: [URL]) async -> Part {
        var part = Part()
        var censuses: [CINCensus] = []
        for url in urls {
            let r = CINCensusReader.read(url: url)
            part.problems += r.problems
            part.files.append(RecognisedFile(name: url.lastPathComponent, kind: r.isRejected ? .unrecognised : .cinCensus,
                                             bytes: Self.size(url), rows: r.children, collectionYear: r.census?.header.year))
            if let c = r.census { censuses.append(c) }
        }
        // One census is the normal case; with several, the latest year is the one engines read.
        part.cin = censuses.max { $0.header.year < $1.header.year }
        part.cinEarlier = part.cin.flatMap { used in censuses.first { $0.header.year == used.header.year - 1 } }
        if censuses.count > 1, let used = part.cin {
            part.problems.append(DataProblem(.warning, file: urls.map(\.lastPathComponent).joined(separator: ", "),
                                             message: "\(censuses.count) CIN censuses found; the \(used.header.year) census is used"))
        }
        return part
    }

    private func readSSDA903(csv: [URL], xml: [URL]) async -> Part {
        var part = Part()
        var returns: [SSDA903Return] = []
        if !csv.isEmpty {
            let a = SSDA903Assembler().assemble(contentsOf: csv, collectionYear: options.ssda903Year)
            part.files += a.files
            part.problems += a.problems
            returns += [a.current, a.previous].compactMap { $0 }
        }
        for url in xml {
            let r = SSDA903XMLReader.read(url: url)
            part.problems += r.problems
            part.files.append(RecognisedFile(name: url.lastPathComponent, kind: r.ssda903 == nil ? .unrecognised : .ssda903XML,
                                             bytes: Self.size(url), rows: r.children, collectionYear: r.ssda903?.collectionYear))
            if let ret = r.ssda903 {
                if returns.contains(where: { $0.collectionYear == ret.collectionYear }) {
                    part.problems.append(DataProblem(.warning, file: url.lastPathComponent, message:
                        "the \(ret.collectionYear) SSDA903 is also given as CSV tables; the CSV tables are used"))
                } else {
                    returns.append(ret)
                }
            }
        }
        let sorted = returns.sorted { $0.collectionYear > $1.collectionYear }
        let current = options.ssda903Year.flatMap { y in sorted.first { $0.collectionYear == y } } ?? sorted.first
        part.ssda903 = current
        part.ssda903Previous = current.flatMap { c in sorted.first { $0.collectionYear == c.collectionYear - 1 } }
        return part
    }

    private func readAnnexA(_ files: [(url: URL, isWorkbook: Bool)]) async -> Part {
        var part = Part()
        var lists: [AnnexAList: [AnnexARecord]] = [:]
        var sources: [AnnexAList: String] = [:]
        for (url, isWorkbook) in files {
            let r = isWorkbook ? AnnexAWorkbookReader.read(url: url) : AnnexACSVReader.read(url: url)
            part.problems += r.problems
            let kind: ReturnFileKind = r.hasFatal ? .unrecognised : isWorkbook ? .annexAWorkbook : (r.lists.first.map { .annexAList($0) } ?? .unrecognised)
            part.files.append(RecognisedFile(name: url.lastPathComponent, kind: kind, bytes: Self.size(url), rows: r.records.count))
            for list in r.lists {
                if let earlier = sources[list] {
                    part.problems.append(DataProblem(.warning, file: url.lastPathComponent, message:
                        "\(list.title) is also in \(earlier); the rows of \(earlier) are used"))
                    continue
                }
                lists[list] = r.annexA[list]
                sources[list] = url.lastPathComponent
            }
        }
        part.annexA = lists.isEmpty ? nil : AnnexA(records: lists)
        return part
    }

    private func staffingPart(staff: [URL], teams: [URL], campaigns: [URL], costs: [URL]) async -> Part {
        let read = await readStaffing(staff: staff, teams: teams, campaigns: campaigns, costs: costs)
        var part = Part()
        part.files = read.files
        part.problems = read.problems
        part.staffing = read.records
        part.placementCosts = read.placementCosts
        return part
    }

    private func readWorkforce(workers: [URL], vacancies: [URL]) async -> Part {
        var part = Part()
        guard let workerFile = workers.first else {
            for url in vacancies {
                part.problems.append(DataProblem(.warning, file: url.lastPathComponent, message: "a vacancies file without a worker file is not used"))
            }
            return part
        }
        for extra in workers.dropFirst() + vacancies.dropFirst() {
            part.problems.append(DataProblem(.warning, file: extra.lastPathComponent, message: "more than one workforce file of this kind; the first is used"))
        }
        let (census, problems) = WorkforceCSVReader.census(workers: workerFile, vacancies: vacancies.first,
                                                           censusDate: options.workforceCensusDate)
        part.problems += problems
        part.workforce = census
        part.files.append(RecognisedFile(name: workerFile.lastPathComponent, kind: census == nil ? .unrecognised : .workforceWorkers,
                                         bytes: Self.size(workerFile), rows: census?.workers.count ?? 0))
        if let v = vacancies.first {
            part.files.append(RecognisedFile(name: v.lastPathComponent, kind: census == nil ? .unrecognised : .workforceVacancies,
                                             bytes: Self.size(v), rows: census?.vacanciesFTE.count ?? 0))
        }
        return part
    }
}
