import Foundation
import HearthCore
import SQLKit

/// Rebuilds the returns of one submission from its rows, in the order they were read.
struct DatasetReader {
    let db: any SQLDatabase

    private func rows<T: TableRow>(_ type: T.Type, _ select: String = "*", submission: Int,
                                   where extra: String = "", order: String = "seq") async throws -> [T] {
        try await db.raw("""
            SELECT \(unsafeRaw: select) FROM \(unsafeRaw: T.table) WHERE submission_id = \(bind: submission) \(unsafeRaw: extra)
            ORDER BY \(unsafeRaw: order)
            """).all(decoding: T.self, keyDecodingStrategy: .convertFromSnakeCase)
    }

    func cin(submission id: Int) async throws -> CINCensus? {
        guard let headerRow = try await rows(CINCensusRow.self, submission: id, order: "year").first else { return nil }
        let reviews = Dictionary(grouping: try await rows(ProtectionReviewRow.self, submission: id), by: \.planSeq)
        let factorRows = try await db.raw("""
            SELECT seq, assessment_seq AS parent_seq, code FROM cin_assessment_factors
            WHERE submission_id = \(bind: id) ORDER BY seq
            """).all(decoding: CINCodeRow.self, keyDecodingStrategy: .convertFromSnakeCase)
        let factors = Dictionary(grouping: factorRows, by: \.parentSeq)
        let disabilityRows = try await db.raw("""
            SELECT seq, child_seq AS parent_seq, code FROM cin_disabilities WHERE submission_id = \(bind: id) ORDER BY seq
            """).all(decoding: CINCodeRow.self, keyDecodingStrategy: .convertFromSnakeCase)
        let disabilities = Dictionary(grouping: disabilityRows, by: \.parentSeq)
        let assessments = Dictionary(grouping: try await rows(AssessmentRow.self, submission: id), by: \.episodeSeq)
        let plans = Dictionary(grouping: try await rows(CINPlanRow.self, submission: id), by: \.episodeSeq)
        let s47s = Dictionary(grouping: try await rows(Section47Row.self, submission: id), by: \.episodeSeq)
        let cpps = Dictionary(grouping: try await rows(ProtectionPlanRow.self, submission: id), by: \.episodeSeq)
        let episodes = Dictionary(grouping: try await rows(CINEpisodeRow.self, submission: id), by: \.childSeq)
        var children: [CINChild] = []
        for child in try await rows(CINChildRow.self, submission: id) {
            let childEpisodes = try (episodes[child.seq] ?? []).map { e in
                e.episode(
                    assessments: (assessments[e.seq] ?? []).map { a in a.assessment(factors: (factors[a.seq] ?? []).map(\.code)) },
                    plans: (plans[e.seq] ?? []).map(\.plan),
                    section47s: (s47s[e.seq] ?? []).map(\.section47),
                    protectionPlans: try (cpps[e.seq] ?? []).map { p in
                        p.plan(reviews: try (reviews[p.seq] ?? []).map { r in
                            guard let day = Day(iso: r.reviewDate) else { throw StoreError.corrupt("review date \(r.reviewDate)") }
                            return day
                        })
                    })
            }
            children.append(child.child(disabilities: (disabilities[child.seq] ?? []).map(\.code), episodes: childEpisodes))
        }
        return CINCensus(header: try headerRow.header(), children: children)
    }

    func ssda903(submission id: Int, year: Int) async throws -> SSDA903Return {
        func table<T: TableRow>(_ type: T.Type) async throws -> [T] {
            try await rows(T.self, submission: id, where: "AND collection_year = \(year)")
        }
        return SSDA903Return(
            collectionYear: year,
            header: try await table(HeaderRow.self).map(\.domain),
            episodes: try await table(EpisodeRow.self).map(\.domain),
            reviews: try await table(ReviewRow.self).map(\.domain),
            uasc: try await table(UASCRow.self).map(\.domain),
            healthOutcomes: try await table(HealthOutcomeRow.self).map(\.domain),
            careLeavers: try await table(CareLeaverRow.self).map(\.domain),
            adoptions: try await table(AdoptionRow.self).map(\.domain),
            placedForAdoption: try await table(PlacedForAdoptionRow.self).map(\.domain),
            previousPermanence: try await table(PreviousPermanenceRow.self).map(\.domain),
            missing: try await table(MissingRow.self).map(\.domain),
            socialWorkerEpisodes: try await table(SocialWorkerEpisodeRow.self).map(\.domain))
    }

    func annexA(submission id: Int) async throws -> AnnexA {
        let lists = try await db.raw("SELECT list FROM annex_a_lists WHERE submission_id = \(bind: id) ORDER BY list")
            .all(decodingColumn: "list", as: Int.self)
        var records: [AnnexAList: [AnnexARecord]] = [:]
        for raw in lists {
            guard let list = AnnexAList(rawValue: raw) else { throw StoreError.corrupt("Annex A list \(raw)") }
            records[list] = []
        }
        let decoder = JSONDecoder()
        for row in try await rows(AnnexARecordRow.self, submission: id) {
            let record = try row.record(decoder: decoder)
            records[record.list, default: []].append(record)
        }
        return AnnexA(records: records)
    }

    func workforce(submission id: Int) async throws -> WorkforceCensus? {
        guard let dateText = try await db.raw("SELECT census_date FROM workforce_censuses WHERE submission_id = \(bind: id)")
            .first(decodingColumn: "census_date", as: String.self) else { return nil }
        guard let date = Day(iso: dateText) else { throw StoreError.corrupt("census date \(dateText)") }
        let workers = try await rows(WorkerRow.self, submission: id).map(\.worker)
        let vacancies = try await rows(VacancyRow.self, submission: id, order: "team")
        return WorkforceCensus(censusDate: date, workers: workers,
                               vacanciesFTE: Dictionary(vacancies.map { ($0.team, $0.fte) }, uniquingKeysWith: { a, _ in a }))
    }
}
