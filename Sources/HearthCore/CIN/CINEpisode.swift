/// `CINdetails`: one episode of need, opened by a referral.
public struct CINEpisode: Sendable, Equatable {
    public let referralDate: Day?
    /// Referral source code (1A … 10).
    public let referralSource: String?
    /// Primary need code N0–N9.
    public let primaryNeed: String?
    public let closureDate: Day?
    /// RC1–RC9.
    public let reasonForClosure: String?
    /// `DateOfInitialCPC` at episode level (the ICPC that made the child subject to a plan).
    public let dateOfInitialCPC: Day?
    /// `ReferralNFA`: true when the referral led to no further action.
    public let referralNFA: Bool?
    public let assessments: CINList<Assessment>
    public let cinPlans: CINList<CINPlan>
    public let section47s: CINList<Section47>
    public let protectionPlans: [ProtectionPlan]

    public init(referralDate: Day?, referralSource: String?, primaryNeed: String?, closureDate: Day? = nil,
                reasonForClosure: String? = nil, dateOfInitialCPC: Day? = nil, referralNFA: Bool?,
                assessments: [Assessment] = [], cinPlans: [CINPlan] = [], section47s: [Section47] = [],
                protectionPlans: [ProtectionPlan] = []) {
        self.init(referralDate: referralDate, referralSource: referralSource, primaryNeed: primaryNeed,
                  closureDate: closureDate, reasonForClosure: reasonForClosure, dateOfInitialCPC: dateOfInitialCPC,
                  referralNFA: referralNFA, assessments: CINList(assessments), cinPlans: CINList(cinPlans),
                  section47s: CINList(section47s), protectionPlans: protectionPlans)
    }

    /// The same, with the lists already built (the census reader's way: no array in between).
    public init(referralDate: Day?, referralSource: String?, primaryNeed: String?, closureDate: Day?,
                reasonForClosure: String?, dateOfInitialCPC: Day?, referralNFA: Bool?,
                assessments: CINList<Assessment>, cinPlans: CINList<CINPlan>, section47s: CINList<Section47>,
                protectionPlans: [ProtectionPlan]) {
        self.referralDate = referralDate
        self.referralSource = referralSource
        self.primaryNeed = primaryNeed
        self.closureDate = closureDate
        self.reasonForClosure = reasonForClosure
        self.dateOfInitialCPC = dateOfInitialCPC
        self.referralNFA = referralNFA
        self.assessments = assessments
        self.cinPlans = cinPlans
        self.section47s = section47s
        self.protectionPlans = protectionPlans
    }
}

/// `Assessments`: the single assessment and the factors identified at its end.
public struct Assessment: Sendable, Equatable {
    public let startDate: Day?
    public let internalReviewDate: Day?
    /// Completion: the date the assessment was authorised.
    public let authorisationDate: Day?
    /// Factor codes (1A … 24A), empty until authorised.
    public let factors: CINList<String>

    public init(startDate: Day?, internalReviewDate: Day? = nil, authorisationDate: Day?, factors: [String] = []) {
        self.init(startDate: startDate, internalReviewDate: internalReviewDate, authorisationDate: authorisationDate,
                  factors: CINList(factors))
    }

    /// The same, with the factors already a list.
    public init(startDate: Day?, internalReviewDate: Day?, authorisationDate: Day?, factors: CINList<String>) {
        self.startDate = startDate
        self.internalReviewDate = internalReviewDate
        self.authorisationDate = authorisationDate
        self.factors = factors
    }
}

/// `CINPlanDates`.
public struct CINPlan: Sendable, Equatable {
    public let startDate: Day?
    public let endDate: Day?

    public init(startDate: Day?, endDate: Day?) {
        self.startDate = startDate
        self.endDate = endDate
    }
}

/// `Section47`: an enquiry under s47 Children Act 1989.
public struct Section47: Sendable, Equatable {
    /// The strategy discussion that started the enquiry.
    public let startDate: Day?
    /// 15 working days after the start, as the case system computed it.
    public let initialCPCTarget: Day?
    public let dateOfInitialCPC: Day?
    /// `ICPCnotRequired`: the enquiry ended without a conference.
    public let icpcNotRequired: Bool?

    public init(startDate: Day?, initialCPCTarget: Day?, dateOfInitialCPC: Day?, icpcNotRequired: Bool?) {
        self.startDate = startDate
        self.initialCPCTarget = initialCPCTarget
        self.dateOfInitialCPC = dateOfInitialCPC
        self.icpcNotRequired = icpcNotRequired
    }
}

/// `ChildProtectionPlans`: a plan and its review conferences.
public struct ProtectionPlan: Sendable, Equatable {
    public let startDate: Day?
    public let endDate: Day?
    /// NEG, PHY, EMO, SAB, MUL.
    public let initialCategory: String?
    public let latestCategory: String?
    public let numberOfPreviousPlans: Int?
    public let reviewDates: CINList<Day>

    public init(startDate: Day?, endDate: Day?, initialCategory: String?, latestCategory: String?,
                numberOfPreviousPlans: Int?, reviewDates: [Day] = []) {
        self.init(startDate: startDate, endDate: endDate, initialCategory: initialCategory, latestCategory: latestCategory,
                  numberOfPreviousPlans: numberOfPreviousPlans, reviewDates: CINList(reviewDates))
    }

    /// The same, with the review dates already a list.
    public init(startDate: Day?, endDate: Day?, initialCategory: String?, latestCategory: String?,
                numberOfPreviousPlans: Int?, reviewDates: CINList<Day>) {
        self.startDate = startDate
        self.endDate = endDate
        self.initialCategory = initialCategory
        self.latestCategory = latestCategory
        self.numberOfPreviousPlans = numberOfPreviousPlans
        self.reviewDates = reviewDates
    }
}
