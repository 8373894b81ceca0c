import Foundation
import HearthCore

/// Sorts a set of SSDA903 table files into collection years and builds this year's and last
/// year's returns.
///
/// Analysts upload both years together (several indicators and rules need last year), usually
/// with names that say nothing reliable, so each file's year comes from its content:
/// - a dated table (Episodes, Reviews, Missing, SWEpisodes, AD1, PlacedAdoption) belongs to the
///   reporting year holding its latest event date;
/// - an undated table (Header, UASC, OC2, PrevPerm, OC3) goes to this year when it is the only
///   file of its table; when there are two, they are matched to the years by how well their
///   children fit each year's Episodes (OC3: how many dates of birth put the care leaver's 17th
///   to 21st birthday in the year).
/// Only the latest two years are kept; anything ambiguous or left out is reported as a problem.
///
/// A file's year is decided by what most of its rows agree on, never by a few: a dated year needs
/// a real share of the file's dates, rows that fit no candidate year carry no weight, and a lone
/// undated file leaves this year only when last year fits clearly better. The rows that disagree
/// with the year chosen (a date after it, a care leaver outside its 17-to-21 cohort) are then
/// reported one by one, with file, line and field, and the rest of the table stays where it is.
public struct SSDA903Assembler: Sendable {
    /// An assembler; it holds no state, so one can serve every upload.
    public init() {}

    /// Reads the files (on this machine's cores) and assembles them.
    ///
    /// The files are read on Dispatch's threads, as the CIN census's slices are, not in a task
    /// group: a group needs free threads of the cooperative pool, and where one of its two is
    /// held (a server's other requests, a harness waiting on a semaphore) the files were read
    /// one after another.
    /// - Parameters:
    ///   - collectionYear: the current year, when the user states it, instead of the latest found.
    ///   - yearsByFile: a year for a file by name, overriding what its content suggests.
    public func assemble(contentsOf urls: [URL], collectionYear: Int? = nil,
                         yearsByFile: [String: Int] = [:]) -> SSDA903Assembly {
        // Largest first, so the big Episodes files do not end up running alone at the end.
        let bySize = urls.indices.sorted { Self.size(of: urls[$0]) > Self.size(of: urls[$1]) }
        let read = Parallel.map(bySize.count) { SSDA903TableReader.read(contentsOf: urls[bySize[$0]]) }
        // Back in the order given, which decides between clashing files.
        var files = [SSDA903TableFile?](repeating: nil, count: urls.count)
        for (k, i) in bySize.enumerated() { files[i] = read[k] }
        return assemble(files.compactMap { $0 }, collectionYear: collectionYear, yearsByFile: yearsByFile)
    }

    /// Assembles files already read, in the order given (the first of two clashing files wins).
    public func assemble(_ files: [SSDA903TableFile], collectionYear: Int? = nil,
                         yearsByFile: [String: Int] = [:]) -> SSDA903Assembly {
        var problems = files.flatMap(\.problems)
        var yearOf = [Int?](repeating: nil, count: files.count)

        // What each file's own content says.
        var stated: [Int: Int] = [:]
        var dated: [Int: Int] = [:]
        var undated: [Int] = []
        for (i, file) in files.enumerated() {
            guard let rows = file.rows, rows.count > 0 else { continue }
            if let year = yearsByFile[file.name] {
                stated[i] = year
            } else if let evidence = file.datedYear {
                dated[i] = evidence.year
                if evidence.laterDates > 0 {
                    problems.append(DataProblem(.warning, file: file.name, message:
                        "dates after 31 March \(evidence.year): \(evidence.laterDates), far fewer than the rest, so they "
                        + "look mistyped; the file was taken as the year ending 31 March \(evidence.year)"))
                }
            } else {
                undated.append(i)
            }
        }

        guard let current = collectionYear ?? (Array(stated.values) + Array(dated.values)).max()
                ?? Self.careLeaverYear(files, undated) else {
            for i in undated {
                problems.append(DataProblem(.error, file: files[i].name, message:
                    "no file has dates that tell which collection year this is: say which (\"SSDA903 year\" on the upload form, or --ssda903-year)"))
            }
            return SSDA903Assembly(current: nil, previous: nil, files: Self.recognised(files, yearOf),
                                   problems: problems)
        }
        let previous = current - 1
        let kept = "only the year ending 31 March \(current) and the one before are kept"

        for i in files.indices {
            if let year = stated[i] {
                if year == current || year == previous {
                    yearOf[i] = year
                } else {
                    problems.append(DataProblem(.error, file: files[i].name, message:
                        "was given the year ending 31 March \(year), but \(kept): not used"))
                }
            } else if let year = dated[i] {
                if year > current {
                    // Only possible when the user named the year: trust them, but say so.
                    problems.append(DataProblem(.warning, file: files[i].name, message:
                        "has events in the year ending 31 March \(year), after the collection year \(current) "
                        + "that was given: counted in \(current)"))
                    yearOf[i] = current
                } else if year < previous {
                    problems.append(DataProblem(.error, file: files[i].name, message:
                        "belongs to the year ending 31 March \(year), but \(kept): not used"))
                } else {
                    yearOf[i] = year
                }
            }
        }

        placeUndated(files, undated, current: current, into: &yearOf, problems: &problems)
        dropClashes(files, &yearOf, problems: &problems)
        placeEmpty(files, current: current, into: &yearOf)
        reportRowsOutsideTheirYear(files, yearOf, problems: &problems)

        var builders = [current: SSDA903ReturnBuilder(collectionYear: current),
                        previous: SSDA903ReturnBuilder(collectionYear: previous)]
        for (i, file) in files.enumerated() {
            if let year = yearOf[i], let rows = file.rows, rows.count > 0 { builders[year]?.add(rows) }
        }
        let built = builders.compactMapValues { $0.isEmpty ? nil : $0.build() }
        return SSDA903Assembly(current: built[current], previous: built[previous],
                               files: Self.recognised(files, yearOf), problems: problems)
    }

    /// Places Header, UASC, OC2, OC3 and PrevPerm files (and dated tables with no dates at all).
    private func placeUndated(_ files: [SSDA903TableFile], _ undated: [Int], current: Int,
                              into yearOf: inout [Int?], problems: inout [DataProblem]) {
        let years = [current, current - 1]
        var byTable: [SSDA903Table: [Int]] = [:]
        for i in undated { if let t = files[i].table { byTable[t, default: []].append(i) } }

        var evidence = YearFit(files: files, yearOf: yearOf, candidates: years)
        // Every table but OC3 is placed by its children's care in both years.
        if undated.contains(where: { files[$0].table.map { $0 != .oc3 } ?? false }) {
            evidence.prepare(years: years)
        }
        // A lone undated file can only be last year's when last year is in the upload at all: a
        // set of this year's tables with one file that seems older is this year's with bad rows.
        let lastYearGiven = yearOf.contains(years[1])
        for table in SSDA903Table.allCases {
            guard let group = byTable[table] else { continue }
            let taken = Set(files.indices.filter { files[$0].table == table }.compactMap { yearOf[$0] })
            let free = years.filter { !taken.contains($0) }
            if group.count >= 2, free.count == 2 {
                let (first, second) = (group[0], group[1])
                let inOrder = evidence.fit(first, years[0]) + evidence.fit(second, years[1])
                let swapped = evidence.fit(first, years[1]) + evidence.fit(second, years[0])
                if inOrder == swapped {
                    problems.append(DataProblem(.warning, file: files[first].name, message:
                        "could not tell from their children which of \(files[first].name) and \(files[second].name) "
                        + "is this year's \(table.title): took them in the order given"))
                }
                yearOf[first] = swapped > inOrder ? years[1] : years[0]
                yearOf[second] = swapped > inOrder ? years[0] : years[1]
                for extra in group.dropFirst(2) {
                    problems.append(DataProblem(.error, file: files[extra].name, message:
                        "a third \(table.title) file, but only two years are kept: not used"))
                }
            } else if group.count == 1, free.count == 2 {
                // One file: this year's unless its children clearly belong to last year's, and then
                // it is said, as this year's figures from the table go blank.
                let only = group[0]
                let this = evidence.fit(only, years[0]), last = evidence.fit(only, years[1])
                if lastYearGiven, last - this >= Self.clearMargin {
                    yearOf[only] = years[1]
                    // Said when this year is left with nothing of the table; a heading-only file
                    // for this year already says the table is empty.
                    if !files.contains(where: { $0.table == table && $0.rows?.count == 0 }) {
                        let rows = evidence.evidence(only)
                        problems.append(DataProblem(.warning, file: files[only].name, message:
                            "taken as last year's \(table.title) (the year ending 31 March \(years[1])): \(Self.percent(last)) "
                            + "of the \(rows) children it was judged by fit that year, \(Self.percent(this)) the year ending "
                            + "31 March \(years[0]), which is left without \(table.title); give the file's year if that is wrong"))
                    }
                } else {
                    yearOf[only] = years[0]
                }
            } else {
                for (i, year) in zip(group, free) { yearOf[i] = year }
                for extra in group.dropFirst(free.count) {
                    problems.append(DataProblem(.error, file: files[extra].name, message:
                        "another \(table.title) file, but both years already have one: not used"))
                }
            }
        }
    }

    /// How much better, as a share of its rows, last year must fit a lone file to take it from
    /// this year.
    ///
    /// Only when last year has files of its own in the upload. A genuine last year's file differs
    /// from this year's by a whole group of rows: in OC3 the
    /// young people 21 in last year (about a fifth of the table), in a Header the children who left
    /// care in last year (about a third). A few mistyped rows (a care leaver made 22 by a wrong
    /// year of birth) are far less than a tenth of any but the smallest file, so they are reported
    /// and the file stays in this year, the year an upload is about; rows that fit neither year
    /// (aged 150, born after the year) carry no weight at all (`YearFit`).
    static let clearMargin = 0.1

    /// A fit as a percentage (AD1's fit carries a hundredth more to break ties: not shown).
    private static func percent(_ share: Double) -> String { "\(Int((min(share, 1) * 100).rounded()))%" }

    /// Reports each row that disagrees with the year its file was placed in, where it stands.
    private func reportRowsOutsideTheirYear(_ files: [SSDA903TableFile], _ yearOf: [Int?],
                                            problems: inout [DataProblem]) {
        for (i, file) in files.enumerated() {
            guard let year = yearOf[i], let rows = file.rows else { continue }
            if case .oc3(let leavers) = rows {
                for (r, leaver) in leavers.enumerated() {
                    guard let dob = leaver.birthDate, !SSDA903YearEvidence.isCareLeaver(born: dob, in: year) else { continue }
                    problems.append(DataProblem(.warning, file: file.name, line: file.line(ofRow: r), field: "DOB",
                                                message: Self.notACareLeaver(dob, year)))
                }
            } else if file.datedYear?.year == year {
                // Only in the year the file's own dates chose: a file counted in an earlier year
                // that the user named has already been reported as a whole.
                for stray in rows.rowsDated(after: year) {
                    problems.append(DataProblem(.warning, file: file.name, line: file.line(ofRow: stray.index),
                                                field: stray.field.isEmpty ? nil : stray.field, message:
                        "\(stray.date.uk) is after 31 March \(year), where the rest of the file's dates end: it looks "
                        + "mistyped, and the file stays in the year ending 31 March \(year)"))
                }
            }
        }
    }

    private static func notACareLeaver(_ dob: Day, _ year: Int) -> String {
        let yearEnd = Day(year: year, month: 3, day: 31)
        let cohort = "OC3 for the year ending 31 March \(year) lists those whose 17th to 21st birthday falls in it"
        let kept = "the row is kept but counts in no care-leaver figure, nor in placing the file"
        if let yearEnd, dob > yearEnd {
            return "\(dob.uk) is after 31 March \(year): \(cohort); \(kept)"
        }
        let age = yearEnd.map { " makes the young person \(dob.age(on: $0)) at 31 March \(year)" } ?? ""
        return "\(dob.uk)\(age): \(cohort); \(kept)"
    }

    /// Two files of one table in one year cannot both be right: keep the first, report the rest.
    private func dropClashes(_ files: [SSDA903TableFile], _ yearOf: inout [Int?], problems: inout [DataProblem]) {
        var first: [String: String] = [:]
        for (i, file) in files.enumerated() {
            guard let year = yearOf[i], let table = file.table else { continue }
            let key = "\(year) \(table.rawValue)"
            if let other = first[key] {
                problems.append(DataProblem(.error, file: file.name, message:
                    "a second \(table.title) file for the year ending 31 March \(year) (the first is \(other)): not used"))
                yearOf[i] = nil
            } else {
                first[key] = file.name
            }
        }
    }

    /// Heading-only files carry nothing, but say which year they sit in when one is free.
    private func placeEmpty(_ files: [SSDA903TableFile], current: Int, into yearOf: inout [Int?]) {
        for (i, file) in files.enumerated() where file.rows?.count == 0 {
            guard let table = file.table else { continue }
            let taken = Set(files.indices.filter { files[$0].table == table }.compactMap { yearOf[$0] })
            yearOf[i] = [current, current - 1].first { !taken.contains($0) }
        }
    }

    /// With no dated file at all, the care leavers' birthdays are the only clue to the year.
    private static func careLeaverYear(_ files: [SSDA903TableFile], _ undated: [Int]) -> Int? {
        undated.compactMap { i -> Int? in
            guard case .oc3(let leavers)? = files[i].rows else { return nil }
            return SSDA903YearEvidence.careLeaverYear(of: leavers.compactMap(\.birthDate))
        }.max()
    }

    private static func recognised(_ files: [SSDA903TableFile], _ yearOf: [Int?]) -> [RecognisedFile] {
        zip(files, yearOf).map { file, year in
            RecognisedFile(name: file.name, kind: file.recognition.table.map { .ssda903Table($0) } ?? .unrecognised,
                           bytes: file.bytes, rows: file.rowCount, collectionYear: year)
        }
    }

    private static func size(of url: URL) -> Int64 {
        (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.int64Value ?? 0
    }
}
