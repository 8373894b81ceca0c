import HearthCore

/// A whole year's returns cut back to what a case system would have written on `day`: what a
/// council sends when it extracts the CIN census and SSDA903 part-way through the year. The demo
/// makes its current year this way from a generated full year. Everything that happened after
/// the day is gone (a referral not yet made, an assessment not yet authorised, an episode not
/// yet ended), the CIN header's reference date is the day, and the year-end tables (OC2, OC3,
/// adoptions) are left out, as they are collected at 31 March.
public enum InYearExtract {
    public static func cut(_ dataset: Dataset, to day: Day) -> Dataset {
        Dataset(authorityCode: dataset.authorityCode, cin: dataset.cin.map { cut($0, to: day) },
                ssda903: dataset.ssda903.map { cut($0, to: day) }, ssda903Previous: dataset.ssda903Previous,
                annexA: dataset.annexA.map { cut($0, to: day) }, workforce: dataset.workforce)
    }

    static func cut(_ census: CINCensus, to day: Day) -> CINCensus {
        let h = census.header
        let header = CINHeader(year: h.year, referenceDate: day, authorityCode: h.authorityCode, softwareCode: h.softwareCode,
                               release: h.release, serialNumber: h.serialNumber, dateTime: h.dateTime)
        let children = census.children.compactMap { child -> CINChild? in
            let episodes = child.episodes.compactMap { cut($0, to: day) }
            return episodes.isEmpty ? nil : child.replacingEpisodes(episodes)
        }
        return CINCensus(header: header, children: children)
    }

    static func cut(_ e: CINEpisode, to day: Day) -> CINEpisode? {
        guard let referral = e.referralDate, referral <= day else { return nil }
        let closed = e.closureDate.flatMap { $0 <= day ? $0 : nil }
        return CINEpisode(
            referralDate: referral, referralSource: e.referralSource, primaryNeed: e.primaryNeed, closureDate: closed,
            reasonForClosure: closed == nil ? nil : e.reasonForClosure, dateOfInitialCPC: keep(e.dateOfInitialCPC, day),
            referralNFA: e.referralNFA,
            assessments: CINList(e.assessments.filter { started($0.startDate, day) }.map {
                Assessment(startDate: $0.startDate, internalReviewDate: keep($0.internalReviewDate, day),
                           authorisationDate: keep($0.authorisationDate, day), factors: keep($0.authorisationDate, day) == nil ? CINList() : $0.factors)
            }),
            cinPlans: CINList(e.cinPlans.filter { started($0.startDate, day) }.map { CINPlan(startDate: $0.startDate, endDate: keep($0.endDate, day)) }),
            section47s: CINList(e.section47s.filter { started($0.startDate, day) }.map {
                Section47(startDate: $0.startDate, initialCPCTarget: $0.initialCPCTarget,
                          dateOfInitialCPC: keep($0.dateOfInitialCPC, day), icpcNotRequired: $0.icpcNotRequired)
            }),
            protectionPlans: e.protectionPlans.filter { started($0.startDate, day) }.map {
                ProtectionPlan(startDate: $0.startDate, endDate: keep($0.endDate, day), initialCategory: $0.initialCategory,
                               latestCategory: $0.latestCategory, numberOfPreviousPlans: $0.numberOfPreviousPlans,
                               reviewDates: CINList($0.reviewDates.filter { $0 <= day }))
            })
    }

    static func cut(_ r: SSDA903Return, to day: Day) -> SSDA903Return {
        let episodes = r.episodes.filter { started($0.startDate, day) }.map { e -> CareEpisode in
            guard let end = e.endDate, end > day else { return e }
            return CareEpisode(childID: e.childID, startDate: e.startDate, reasonForNewEpisode: e.reasonForNewEpisode,
                               legalStatus: e.legalStatus, categoryOfNeed: e.categoryOfNeed, placement: e.placement,
                               placementProvider: e.placementProvider, homePostcode: e.homePostcode,
                               placementPostcode: e.placementPostcode, urn: e.urn)
        }
        let inCare = Set(episodes.map(\.childID))
        return SSDA903Return(
            collectionYear: r.collectionYear, header: r.header.filter { inCare.contains($0.childID) }, episodes: episodes,
            reviews: r.reviews.filter { started($0.reviewDate, day) }, uasc: r.uasc.filter { inCare.contains($0.childID) },
            placedForAdoption: r.placedForAdoption.filter { inCare.contains($0.childID) && started($0.datePlaced, day) },
            previousPermanence: r.previousPermanence.filter { inCare.contains($0.childID) },
            missing: r.missing.filter { started($0.startDate, day) }.map {
                MissingEpisode(childID: $0.childID, birthDate: $0.birthDate, kind: $0.kind, startDate: $0.startDate,
                               endDate: keep($0.endDate, day))
            },
            socialWorkerEpisodes: r.socialWorkerEpisodes.filter { started($0.startDate, day) }.map {
                SocialWorkerEpisode(childID: $0.childID, birthDate: $0.birthDate, socialWorkerID: $0.socialWorkerID,
                                    startDate: $0.startDate, endDate: keep($0.endDate, day),
                                    reasonForChange: keep($0.endDate, day) == nil ? nil : $0.reasonForChange)
            },
            dataTo: day)
    }

    static func cut(_ a: AnnexA, to day: Day) -> AnnexA {
        AnnexA(records: a.records.mapValues { $0.filter { $0.date.map { $0 <= day } ?? true } })
    }

    private static func started(_ date: Day?, _ day: Day) -> Bool { date.map { $0 <= day } ?? false }
    private static func keep(_ date: Day?, _ day: Day) -> Day? { date.flatMap { $0 <= day ? $0 : nil } }
}
