import Testing
import HearthCore
@testable import HearthData

@Suite struct SyntheticAuthorityTests {
    private let from = Day(year: 2024, month: 4, day: 1)!
    private let to = Day(year: 2025, month: 3, day: 31)!

    @Test func sameSeedGivesTheSameDataset() throws {
        // Given Halton's profile
        let profile = try #require(GeneratorFixtures.profile("876"))

        // When it is generated twice with one seed and once with another
        let a = SyntheticAuthority().generate(profile: profile, collectionYear: 2025, seed: 99)
        let b = SyntheticAuthority().generate(profile: profile, collectionYear: 2025, seed: 99)
        let c = SyntheticAuthority().generate(profile: profile, collectionYear: 2025, seed: 100)

        // Then the same seed reproduces it exactly and another seed does not
        #expect(a == b)
        #expect(a != c)
    }

    @Test func everyPlanFollowsAnEnquiryAndConference() throws {
        // Given a generated authority
        let data = try #require(GeneratorFixtures.halton)
        let cin = try #require(data.cin)

        // When each CP plan's episode is examined
        var plans = 0
        for child in cin.children {
            for e in child.episodes {
                for plan in e.protectionPlans {
                    plans += 1
                    let start = try #require(plan.startDate)
                    // Then the episode holds an s47 whose conference is the plan's start
                    let s47 = e.section47s.first { $0.dateOfInitialCPC == start }
                    #expect(s47 != nil, "child \(child.childID) has a plan with no s47/ICPC")
                    if let s = s47?.startDate { #expect(s <= start) }
                    if let r = e.referralDate { #expect(r <= start) }
                    #expect(e.dateOfInitialCPC == start)
                }
            }
        }
        #expect(plans > 100)
    }

    @Test func everyLookedAfterChildStartsWithAnSEpisodeOrContinuesFromLastYear() throws {
        // Given a generated authority with both years of the 903
        let data = try #require(GeneratorFixtures.halton)
        let current = try #require(data.ssda903), previous = try #require(data.ssda903Previous)
        let openLastYear = Set(previous.episodes.filter { $0.endDate == nil }.map(\.childID))
        let byChild = Dictionary(grouping: current.episodes, by: \.childID)

        // When each child's episodes are followed in order
        for id in byChild.keys.sorted() {
            let episodes = (byChild[id] ?? []).sorted { ($0.startDate ?? to) < ($1.startDate ?? to) }
            // Then the first is an S episode, or the child was looked after at the end of last year
            #expect(episodes.first?.reasonForNewEpisode == "S" || openLastYear.contains(id), "child \(id)")
            // And episodes chain: X1 where another follows on the same day, an E code at the end
            for (k, e) in episodes.enumerated() {
                guard let end = e.endDate else { #expect(k == episodes.count - 1); continue }
                if k + 1 < episodes.count {
                    #expect(e.reasonEpisodeCeased == "X1")
                    #expect(episodes[k + 1].startDate == end)
                    #expect(["L", "P", "T", "B", "U"].contains(episodes[k + 1].reasonForNewEpisode ?? ""))
                } else {
                    #expect(e.reasonEpisodeCeased?.hasPrefix("E") == true)
                }
            }
        }
        #expect(byChild.count > 300)
    }

    @Test func childIDsAreSharedAcrossReturns() throws {
        // Given a generated authority
        let data = try #require(GeneratorFixtures.halton)
        let cinIDs = Set(data.cin?.children.map(\.childID) ?? [])
        let headerIDs = Set(data.ssda903?.header.map(\.childID) ?? [])
        let annex = try #require(data.annexA)

        // Then every child looked after in the year is a child in need, and Annex A names the same children
        #expect(headerIDs.isSubset(of: cinIDs))
        #expect(Set(annex[.childProtection].map(\.id)).isSubset(of: cinIDs))
        #expect(Set(annex[.referrals].map(\.id)).isSubset(of: cinIDs))
        #expect(Set(annex[.lookedAfter].map(\.id)).isSubset(of: headerIDs))
        #expect(Set(data.ssda903?.episodes.map(\.childID) ?? []) == headerIDs)
    }

    @Test func onlyValidDfECodesAreUsed() throws {
        // Given a generated authority
        let data = try #require(GeneratorFixtures.halton)
        let cin = try #require(data.cin), r = try #require(data.ssda903)

        // Then every coded field holds a code from its DfE list
        for child in cin.children {
            #expect(CINCodes.sex.contains(child.sex ?? ""))
            #expect(Ethnicity.codes.contains(child.ethnicity ?? ""))
            #expect(child.disabilities.allSatisfy(CINCodes.disability.contains))
            if child.upn == nil { #expect(CINCodes.upnUnknown.contains(child.upnUnknown ?? "")) }
            for e in child.episodes {
                #expect(CINCodes.referralSource.contains(e.referralSource ?? ""))
                #expect(CINCodes.primaryNeed.contains(e.primaryNeed ?? ""))
                if e.closureDate != nil { #expect(CINCodes.reasonForClosure.contains(e.reasonForClosure ?? "")) }
                for a in e.assessments { #expect(a.factors.allSatisfy(CINCodes.assessmentFactor.contains)) }
                for p in e.protectionPlans {
                    #expect(CINCodes.categoryOfAbuse.contains(p.initialCategory ?? ""))
                    #expect(CINCodes.categoryOfAbuse.contains(p.latestCategory ?? ""))
                }
            }
        }
        for e in r.episodes {
            #expect(SSDA903Codes.reasonForNewEpisode.contains(e.reasonForNewEpisode ?? ""))
            #expect(SSDA903Codes.legalStatus.contains(e.legalStatus ?? ""))
            #expect(SSDA903Codes.categoryOfNeed.contains(e.categoryOfNeed ?? ""))
            #expect(SSDA903Codes.placement.contains(e.placement ?? ""))
            #expect(SSDA903Codes.placementProvider.contains(e.placementProvider ?? ""))
            if let rec = e.reasonEpisodeCeased { #expect(SSDA903Codes.reasonEpisodeCeased.contains(rec)) }
            if let why = e.reasonPlacementChanged { #expect(SSDA903Codes.reasonPlacementChanged.contains(why)) }
        }
        #expect(r.header.allSatisfy { SSDA903Codes.sex.contains($0.sex ?? "") && Ethnicity.codes.contains($0.ethnicity ?? "") })
        #expect(r.reviews.allSatisfy { SSDA903Codes.reviewParticipation.contains($0.participation ?? "") })
        #expect(r.missing.allSatisfy { SSDA903Codes.missing.contains($0.kind ?? "") })
        #expect(r.socialWorkerEpisodes.allSatisfy { $0.reasonForChange.map(SSDA903Codes.socialWorkerReason.contains) ?? true })
        for leaver in r.careLeavers {
            #expect(SSDA903Codes.inTouch.contains(leaver.inTouch ?? ""))
            if let a = leaver.activity { #expect(SSDA903Codes.activity.contains(a)) }
            if let a = leaver.accommodation { #expect(SSDA903Codes.isValidAccommodation(a)) }
        }
        #expect(!r.careLeavers.isEmpty && !r.healthOutcomes.isEmpty && !r.reviews.isEmpty)
    }

    @Test func datesStayInsideTheCollectionWindows() throws {
        // Given a generated authority
        let data = try #require(GeneratorFixtures.halton)

        // Then CIN episodes and 903 episodes fall in or overlap the year and nothing is after 31 March
        for child in data.cin?.children ?? [] {
            for e in child.episodes {
                #expect((e.referralDate ?? to) <= to)
                if let c = e.closureDate { #expect(c >= from && c <= to) }
                #expect(e.protectionPlans.allSatisfy { $0.reviewDates.allSatisfy { $0 <= to } })
            }
        }
        for e in data.ssda903?.episodes ?? [] {
            #expect((e.startDate ?? to) <= to)
            if let end = e.endDate { #expect(end >= from && end <= to) }
        }
        let previousEnd = Day(year: 2024, month: 3, day: 31)!
        #expect((data.ssda903Previous?.episodes ?? []).allSatisfy { ($0.endDate ?? previousEnd) <= previousEnd })
        let sixMonths = Day(year: 2024, month: 10, day: 1)!
        #expect((data.annexA?[.referrals] ?? []).allSatisfy { ($0.date ?? from) >= sixMonths && ($0.date ?? to) <= to })
    }

    @Test func annexAListsAndWorkforceArePopulated() throws {
        // Given a generated authority and its profile
        let data = try #require(GeneratorFixtures.halton)
        let profile = try #require(GeneratorFixtures.profile("876"))
        let annex = try #require(data.annexA), workforce = try #require(data.workforce)

        // Then contacts outnumber referrals 2–3.5 times and lists carry readable columns
        let ratio = Double(annex[.contacts].count) / Double(max(annex[.referrals].count, 1))
        #expect(ratio >= 2 && ratio <= 3.5)
        #expect(annex[.referrals].allSatisfy { $0.fields["Referral Source"] != nil && $0.fields["Allocated Team"] != nil })
        for list in [AnnexAList.assessments, .section47, .childrenInNeed, .childProtection, .lookedAfter, .careLeavers] {
            #expect(!annex[list].isEmpty, "\(list.title) is empty")
        }
        // And the workforce census sits at 30 September with teams, agency staff, ASYEs and vacancies
        #expect(workforce.censusDate == Day(year: 2024, month: 9, day: 30))
        let teams = Set(workforce.workers.compactMap(\.team))
        #expect(teams.contains { $0.hasPrefix("Assessment") } && teams.contains { $0.hasPrefix("Children in Care") })
        #expect(workforce.workers.contains { $0.isAgency })
        #expect(workforce.workers.contains { $0.isNewlyQualified == true })
        #expect(abs(workforce.vacanciesFTE.values.reduce(0, +) - profile.vacancyFTE) < 1)
    }
}
