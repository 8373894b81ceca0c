/// The elements of the CIN census message, as the XML spells them. The reader hands this list
/// to the tokenizer as its vocabulary, so each element arrives already identified by number.
enum CINTag: String, CaseIterable, Sendable {
    case message = "Message"
    case header = "Header"
    case collectionDetails = "CollectionDetails"
    case collection = "Collection"
    case year = "Year"
    case referenceDate = "ReferenceDate"
    case source = "Source"
    case sourceLevel = "SourceLevel"
    case lea = "LEA"
    case softwareCode = "SoftwareCode"
    case release = "Release"
    case serialNo = "SerialNo"
    case dateTime = "DateTime"
    case children = "Children"
    case child = "Child"
    case childIdentifiers = "ChildIdentifiers"
    case laChildID = "LAchildID"
    case upn = "UPN"
    case formerUPN = "FormerUPN"
    case upnUnknown = "UPNunknown"
    case personBirthDate = "PersonBirthDate"
    case expectedPersonBirthDate = "ExpectedPersonBirthDate"
    case genderCurrent = "GenderCurrent"
    case sex = "Sex"
    case personDeathDate = "PersonDeathDate"
    case childCharacteristics = "ChildCharacteristics"
    case ethnicity = "Ethnicity"
    case disabilities = "Disabilities"
    case disability = "Disability"
    case cinDetails = "CINdetails"
    case cinReferralDate = "CINreferralDate"
    case referralSource = "ReferralSource"
    case primaryNeedCode = "PrimaryNeedCode"
    case cinClosureDate = "CINclosureDate"
    case reasonForClosure = "ReasonForClosure"
    case dateOfInitialCPC = "DateOfInitialCPC"
    case referralNFA = "ReferralNFA"
    case assessments = "Assessments"
    case assessmentActualStartDate = "AssessmentActualStartDate"
    case assessmentInternalReviewDate = "AssessmentInternalReviewDate"
    case assessmentAuthorisationDate = "AssessmentAuthorisationDate"
    case factorsIdentifiedAtAssessment = "FactorsIdentifiedAtAssessment"
    case assessmentFactors = "AssessmentFactors"
    case cinPlanDates = "CINPlanDates"
    case cinPlanStartDate = "CINPlanStartDate"
    case cinPlanEndDate = "CINPlanEndDate"
    case section47 = "Section47"
    case s47ActualStartDate = "S47ActualStartDate"
    case initialCPCtarget = "InitialCPCtarget"
    case icpcNotRequired = "ICPCnotRequired"
    case childProtectionPlans = "ChildProtectionPlans"
    case cppStartDate = "CPPstartDate"
    case cppEndDate = "CPPendDate"
    case initialCategoryOfAbuse = "InitialCategoryOfAbuse"
    case latestCategoryOfAbuse = "LatestCategoryOfAbuse"
    case numberOfPreviousCPP = "NumberOfPreviousCPP"
    case reviews = "Reviews"
    case cppReviewDate = "CPPreviewDate"

    /// `allCases` is rebuilt on every access; readers look tags up by id millions of times.
    static let all: [CINTag] = Array(allCases)
    static let vocabulary: [String] = all.map(\.rawValue)

    /// Containers that never repeat within their parent, shown without `[n]` in element paths.
    static let unindexed: Set<String> = [
        "Header", "CollectionDetails", "Source", "Children", "ChildIdentifiers", "ChildCharacteristics",
        "Disabilities", "FactorsIdentifiedAtAssessment", "Reviews",
    ]

    init?(_ name: XMLName) {
        guard let id = name.id, id < CINTag.all.count else { return nil }
        self = CINTag.all[id]
    }
}
