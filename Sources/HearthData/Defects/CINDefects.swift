import HearthCore

/// The defects a CIN child record can be given. One is chosen at random; if it does not apply to
/// this child (no plan, no s47, …) the next kind in the list is tried.
enum CINDefects {
    static let kinds: [InjectedDefect.Kind] = [
        .missingValue, .endBeforeStart, .invalidCode, .assessmentBeforeReferral, .icpcBeforeSection47,
        .planWithoutReview, .missingUPNWithoutReason, .birthAfterReferral,
    ]

    static func apply(to child: CINChild, reference: Day, _ rng: inout SeededRandom) -> (CINChild, InjectedDefect)? {
        let first = rng.int(0...(kinds.count - 1))
        let pick = rng.int(0...9)
        for k in 0..<kinds.count {
            if let done = attempt(kinds[(first + k) % kinds.count], child, reference: reference, pick: pick, &rng) { return done }
        }
        return nil
    }

    private static func defect(_ kind: InjectedDefect.Kind, _ child: CINChild, _ record: String, _ field: String,
                               _ text: String) -> InjectedDefect {
        InjectedDefect(kind: kind, childID: child.childID, table: "CIN census", record: record, field: field, description: text)
    }

    private static func attempt(_ kind: InjectedDefect.Kind, _ child: CINChild, reference: Day, pick: Int,
                                _ rng: inout SeededRandom) -> (CINChild, InjectedDefect)? {
        var episodes = child.episodes
        guard !episodes.isEmpty else { return nil }
        let e = pick % episodes.count
        let ep = episodes[e]
        let label = "episode \(e + 1)"
        switch kind {
        case .missingValue:
            if pick % 2 == 0, ep.referralSource != nil {
                episodes[e] = episode(ep, referralSource: .some(nil))
                return (with(child, episodes: episodes), defect(kind, child, label, "ReferralSource", "referral source left blank"))
            }
            return (with(child, sex: .some(nil)), defect(kind, child, "child", "Sex", "sex left blank"))
        case .endBeforeStart:
            guard let referral = ep.referralDate, let closure = ep.closureDate else { return nil }
            let bad = referral.adding(days: -rng.int(1...60))
            episodes[e] = episode(ep, closureDate: .some(bad))
            return (with(child, episodes: episodes), defect(kind, child, label, "CINclosureDate",
                                                            "closure \(bad.iso) before referral \(referral.iso) (was \(closure.iso))"))
        case .invalidCode:
            episodes[e] = episode(ep, primaryNeed: .some("Z9"))
            return (with(child, episodes: episodes), defect(kind, child, label, "PrimaryNeedCode", "primary need code Z9 (not a DfE code)"))
        case .assessmentBeforeReferral:
            guard let referral = ep.referralDate, let a = ep.assessments.first, a.authorisationDate != nil else { return nil }
            let bad = referral.adding(days: -rng.int(1...30))
            var assessments = Array(ep.assessments)
            assessments[0] = Assessment(startDate: a.startDate, internalReviewDate: a.internalReviewDate, authorisationDate: bad, factors: a.factors)
            episodes[e] = episode(ep, assessments: assessments)
            return (with(child, episodes: episodes), defect(kind, child, label, "AssessmentAuthorisationDate",
                                                            "assessment authorised \(bad.iso), before the referral \(referral.iso)"))
        case .icpcBeforeSection47:
            guard let s = ep.section47s.first, let start = s.startDate, s.dateOfInitialCPC != nil else { return nil }
            let bad = start.adding(days: -rng.int(1...20))
            var s47s = Array(ep.section47s)
            s47s[0] = Section47(startDate: start, initialCPCTarget: s.initialCPCTarget, dateOfInitialCPC: bad, icpcNotRequired: s.icpcNotRequired)
            episodes[e] = episode(ep, section47s: s47s)
            return (with(child, episodes: episodes), defect(kind, child, label, "DateOfInitialCPC",
                                                            "ICPC \(bad.iso) before the s47 enquiry started \(start.iso)"))
        case .planWithoutReview:
            guard let i = episodes.firstIndex(where: { $0.protectionPlans.contains { !$0.reviewDates.isEmpty } }),
                  let j = episodes[i].protectionPlans.firstIndex(where: { !$0.reviewDates.isEmpty }) else { return nil }
            var plans = episodes[i].protectionPlans
            let p = plans[j]
            plans[j] = ProtectionPlan(startDate: p.startDate, endDate: p.endDate, initialCategory: p.initialCategory,
                                      latestCategory: p.latestCategory, numberOfPreviousPlans: p.numberOfPreviousPlans, reviewDates: [])
            episodes[i] = episode(episodes[i], protectionPlans: plans)
            return (with(child, episodes: episodes), defect(kind, child, "plan \(j + 1) of episode \(i + 1)", "CPPreviewDate",
                                                            "all \(p.reviewDates.count) review dates removed"))
        case .missingUPNWithoutReason:
            guard child.upn != nil || child.upnUnknown != nil else { return nil }
            return (with(child, upn: .some(nil), upnUnknown: .some(nil)),
                    defect(kind, child, "child", "UPN", "UPN removed with no UPNunknown reason"))
        case .birthAfterReferral:
            guard let referral = ep.referralDate else { return nil }
            let bad = referral.adding(days: rng.int(1...200))
            return (with(child, birthDate: .some(bad)), defect(kind, child, label, "PersonBirthDate",
                                                               "date of birth \(bad.iso) after the referral \(referral.iso)"))
        case .overlappingEpisodes, .duplicateRow:
            return nil
        }
    }

    // Copies with one or two fields replaced (the core types are immutable values).
    private static func with(_ c: CINChild, upn: String?? = nil, upnUnknown: String?? = nil, birthDate: Day?? = nil,
                             sex: String?? = nil, episodes: [CINEpisode]? = nil) -> CINChild {
        CINChild(childID: c.childID, upn: upn ?? c.upn, formerUPN: c.formerUPN, upnUnknown: upnUnknown ?? c.upnUnknown,
                 birthDate: birthDate ?? c.birthDate, expectedBirthDate: c.expectedBirthDate, sex: sex ?? c.sex,
                 deathDate: c.deathDate, ethnicity: c.ethnicity, disabilities: c.disabilities, episodes: episodes ?? c.episodes)
    }

    private static func episode(_ e: CINEpisode, referralSource: String?? = nil, primaryNeed: String?? = nil,
                                closureDate: Day?? = nil, assessments: [Assessment]? = nil, section47s: [Section47]? = nil,
                                protectionPlans: [ProtectionPlan]? = nil) -> CINEpisode {
        CINEpisode(referralDate: e.referralDate, referralSource: referralSource ?? e.referralSource,
                   primaryNeed: primaryNeed ?? e.primaryNeed, closureDate: closureDate ?? e.closureDate,
                   reasonForClosure: e.reasonForClosure, dateOfInitialCPC: e.dateOfInitialCPC, referralNFA: e.referralNFA,
                   assessments: assessments.map(CINList.init) ?? e.assessments, cinPlans: e.cinPlans,
                   section47s: section47s.map(CINList.init) ?? e.section47s,
                   protectionPlans: protectionPlans ?? e.protectionPlans)
    }
}
