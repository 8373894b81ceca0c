import Foundation
import HearthCore

/// A dataset and the staff records beside it flattened into table rows (without the submission id, which is not known until
/// the submission row exists): built before the transaction so the write lock is held briefly.
struct SubmissionRows {
    struct Table {
        let name: String
        /// Including `submission_id` first.
        let columns: [String]
        var rows: [RowValues] = []
    }

    private(set) var tables: [Table] = []
    var total: Int { tables.reduce(0) { $0 + $1.rows.count } }

    init(dataset: Dataset, staffing: StaffingRecords? = nil) throws {
        if let cin = dataset.cin { addCIN(cin) }
        for r in [dataset.ssda903, dataset.ssda903Previous].compactMap({ $0 }) { add903(r) }
        if let annexA = dataset.annexA { try addAnnexA(annexA) }
        if let workforce = dataset.workforce { addWorkforce(workforce) }
        // Campaigns are the authority's, not the submission's: the import upserts them apart.
        if let staffing { addStaffing(staffing) }
    }

    /// Values are built with a placeholder submission id (0) and the id is put in front later;
    /// so here the first value of each row is dropped again.
    private mutating func add(_ name: String, _ columns: [String], _ rows: [RowValues]) {
        tables.append(Table(name: name, columns: columns, rows: rows.map { Array($0.dropFirst()) }))
    }

    private mutating func addCIN(_ cin: CINCensus) {
        add(CINCensusRow.table, CINCensusRow.columns, [CINCensusRow.values(cin.header, submission: 0)])
        var children: [RowValues] = [], disabilities: [RowValues] = [], episodes: [RowValues] = []
        var assessments: [RowValues] = [], factors: [RowValues] = [], plans: [RowValues] = []
        var s47s: [RowValues] = [], cpps: [RowValues] = [], reviews: [RowValues] = []
        for (c, child) in cin.children.enumerated() {
            children.append(CINChildRow.values(child, submission: 0, seq: c))
            for code in child.disabilities {
                disabilities.append(CINCodeRow.values(code, submission: 0, seq: disabilities.count, parent: c))
            }
            for episode in child.episodes {
                let e = episodes.count
                episodes.append(CINEpisodeRow.values(episode, submission: 0, seq: e, child: c))
                for a in episode.assessments {
                    let aSeq = assessments.count
                    assessments.append(AssessmentRow.values(a, submission: 0, seq: aSeq, episode: e))
                    for code in a.factors {
                        factors.append(CINCodeRow.values(code, submission: 0, seq: factors.count, parent: aSeq))
                    }
                }
                for p in episode.cinPlans { plans.append(CINPlanRow.values(p, submission: 0, seq: plans.count, episode: e)) }
                for s in episode.section47s { s47s.append(Section47Row.values(s, submission: 0, seq: s47s.count, episode: e)) }
                for p in episode.protectionPlans {
                    let pSeq = cpps.count
                    cpps.append(ProtectionPlanRow.values(p, submission: 0, seq: pSeq, episode: e))
                    for day in p.reviewDates { reviews.append([0, reviews.count, pSeq, day.iso]) }
                }
            }
        }
        add(CINChildRow.table, CINChildRow.columns, children)
        add(CINCodeRow.table, CINCodeRow.columns, disabilities)
        add(CINEpisodeRow.table, CINEpisodeRow.columns, episodes)
        add(AssessmentRow.table, AssessmentRow.columns, assessments)
        add("cin_assessment_factors", CINCodeRow.factorColumns, factors)
        add(CINPlanRow.table, CINPlanRow.columns, plans)
        add(Section47Row.table, Section47Row.columns, s47s)
        add(ProtectionPlanRow.table, ProtectionPlanRow.columns, cpps)
        add(ProtectionReviewRow.table, ProtectionReviewRow.columns, reviews)
    }

    private mutating func add903(_ r: SSDA903Return) {
        let year = r.collectionYear
        add("ssda903_returns", ["submission_id", "collection_year"], [[0, year]])
        func keyed(_ values: [RowValues]) -> [RowValues] {
            values.enumerated().map { [0, year, $0.offset] + $0.element }
        }
        add(HeaderRow.table, HeaderRow.columns, keyed(r.header.map(HeaderRow.values)))
        add(EpisodeRow.table, EpisodeRow.columns, keyed(r.episodes.map(EpisodeRow.values)))
        add(ReviewRow.table, ReviewRow.columns, keyed(r.reviews.map(ReviewRow.values)))
        add(UASCRow.table, UASCRow.columns, keyed(r.uasc.map(UASCRow.values)))
        add(HealthOutcomeRow.table, HealthOutcomeRow.columns, keyed(r.healthOutcomes.map(HealthOutcomeRow.values)))
        add(CareLeaverRow.table, CareLeaverRow.columns, keyed(r.careLeavers.map(CareLeaverRow.values)))
        add(AdoptionRow.table, AdoptionRow.columns, keyed(r.adoptions.map(AdoptionRow.values)))
        add(PlacedForAdoptionRow.table, PlacedForAdoptionRow.columns, keyed(r.placedForAdoption.map(PlacedForAdoptionRow.values)))
        add(PreviousPermanenceRow.table, PreviousPermanenceRow.columns,
            keyed(r.previousPermanence.map(PreviousPermanenceRow.values)))
        add(MissingRow.table, MissingRow.columns, keyed(r.missing.map(MissingRow.values)))
        add(SocialWorkerEpisodeRow.table, SocialWorkerEpisodeRow.columns,
            keyed(r.socialWorkerEpisodes.map(SocialWorkerEpisodeRow.values)))
    }

    private mutating func addAnnexA(_ annexA: AnnexA) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let lists = annexA.records.keys.sorted()
        add("annex_a_lists", ["submission_id", "list"], lists.map { [0, $0.rawValue] })
        var records: [RowValues] = []
        for list in lists {
            for record in annexA[list] {
                records.append(try AnnexARecordRow.values(record, submission: 0, seq: records.count, encoder: encoder))
            }
        }
        add(AnnexARecordRow.table, AnnexARecordRow.columns, records)
    }

    private mutating func addWorkforce(_ w: WorkforceCensus) {
        add("workforce_censuses", ["submission_id", "census_date"], [[0, w.censusDate.iso]])
        add(WorkerRow.table, WorkerRow.columns, w.workers.enumerated().map { WorkerRow.values($0.element, submission: 0, seq: $0.offset) })
        add(VacancyRow.table, VacancyRow.columns, w.vacanciesFTE.keys.sorted().map { [0, $0, w.vacanciesFTE[$0] ?? 0] })
    }

    private mutating func addStaffing(_ records: StaffingRecords) {
        add(StaffingTeamRow.table, StaffingTeamRow.columns,
            records.teams.enumerated().map { StaffingTeamRow.values($0.element, submission: 0, seq: $0.offset) })
        var absences: [RowValues] = []
        for (seq, member) in records.staff.enumerated() {
            for a in member.absences {
                absences.append(StaffingAbsenceRow.values(a, submission: 0, seq: absences.count, staff: seq))
            }
        }
        add(StaffingStaffRow.table, StaffingStaffRow.columns,
            records.staff.enumerated().map { StaffingStaffRow.values($0.element, submission: 0, seq: $0.offset) })
        add(StaffingAbsenceRow.table, StaffingAbsenceRow.columns, absences)
    }
}
