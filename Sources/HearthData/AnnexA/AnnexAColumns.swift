import HearthCore

/// The column specification of Ofsted's Annex A child-level lists (ILACS, guidance from 2023).
///
/// Headings are those of Ofsted's template; aliases are spellings seen in authorities' own
/// extracts. Each list names which column is the ID, the child's details, the event date
/// (`AnnexARecord.date`) and the closing date (`AnnexARecord.endDate`):
///
/// | list | date | endDate |
/// |---|---|---|
/// | 1 contacts | Date of Contact | – |
/// | 2 early help | Assessment start date | Assessment completion date |
/// | 3 referrals | Date of referral | – |
/// | 4 assessments | Continuous Assessment Start Date | Continuous Assessment Date of Authorisation |
/// | 5 s47 / ICPC | Strategy discussion initiating Section 47 Enquiry Start Date | Date of Initial Child Protection Conference |
/// | 6 children in need | CIN Start Date | CIN Closure Date |
/// | 7 child protection | Child Protection Plan Start Date | Child Protection Plan End Date |
/// | 8 children in care | Date Started to be Looked After | Date Ceased to be Looked After |
/// | 9 care leavers | Latest Date of Contact | – |
/// | 10 adoption | Date of Decision that Child Should be Placed for Adoption | Date of Adoption Order |
/// | 11 adopters | Date enquiry received | Date of leaving adoption process |
public enum AnnexAColumns {
    // Headings shared by lists 1–10.
    static let childID = "Child Unique ID"
    static let gender = "Gender"
    static let ethnicity = "Ethnicity"
    static let birthDate = "Date of Birth"
    static let age = "Age of Child (Years)"

    private static let childColumns: [AnnexAColumn] = [
        AnnexAColumn(childID, aliases: ["Child ID", "Child Unique Identifier", "Unique Child ID", "ChildID",
                                        "Child Unique Reference", "Person ID"], key: true),
        AnnexAColumn(gender, .choice(AnnexAValueSets.gender), aliases: ["Sex", "Gender (Current)"]),
        AnnexAColumn(ethnicity, .choice(AnnexAValueSets.ethnicity), aliases: ["Ethnic Group", "Ethnic Origin"]),
        AnnexAColumn(birthDate, .date, aliases: ["DOB", "Date Birth", "Birth Date", "Date of Birth (dd/mm/yyyy)"]),
        AnnexAColumn(age, .integer, aliases: ["Age", "Age of Child", "Age (Years)", "Age of Child (years)"]),
    ]

    private static let disability = AnnexAColumn("Does the Child have a Disability", .choice(AnnexAValueSets.yesNoUnknown),
                                                 aliases: ["Disability", "Does the child have a disability?"])
    private static let team = AnnexAColumn("Allocated Team", aliases: ["Team"])
    private static let worker = AnnexAColumn("Allocated Worker", aliases: ["Worker", "Allocated Social Worker"])

    private static func spec(_ list: AnnexAList, _ own: [AnnexAColumn], date: String?, end: String?) -> AnnexAListSpec {
        AnnexAListSpec(list: list, columns: childColumns + own, idColumn: childID, genderColumn: gender,
                       ethnicityColumn: ethnicity, birthDateColumn: birthDate, ageColumn: age,
                       dateColumn: date, endDateColumn: end)
    }

    public static let contacts = spec(.contacts, [
        AnnexAColumn("Date of Contact", .date, aliases: ["Contact Date"], key: true),
        AnnexAColumn("Contact Source", .choice(AnnexAValueSets.source), aliases: ["Source of Contact"], key: true),
    ], date: "Date of Contact", end: nil)

    public static let earlyHelp = spec(.earlyHelp, [
        AnnexAColumn("Assessment start date", .date, aliases: ["Early Help Assessment Start Date", "EHA Start Date"], key: true),
        AnnexAColumn("Assessment completion date", .date, aliases: ["Early Help Assessment Completion Date", "EHA Completion Date"]),
        AnnexAColumn("Organisation completing assessment", aliases: ["Organisation Completing the Assessment"]),
    ], date: "Assessment start date", end: "Assessment completion date")

    public static let referrals = spec(.referrals, [
        AnnexAColumn("Date of referral", .date, aliases: ["Referral Date"], key: true),
        AnnexAColumn("Referral Source", .choice(AnnexAValueSets.source), aliases: ["Source of Referral"], key: true),
        AnnexAColumn("Referral NFA?", .choice(AnnexAValueSets.yesNo), aliases: ["Referral NFA", "NFA", "Referral No Further Action"]),
        AnnexAColumn("Number of Referrals in Last 12 Months", .integer, aliases: ["Number of Previous Referrals in Last 12 Months"]),
        team, worker,
    ], date: "Date of referral", end: nil)

    public static let assessments = spec(.assessments, [
        disability,
        AnnexAColumn("Continuous Assessment Start Date", .date, key: true),
        AnnexAColumn("Child Seen During Continuous Assessment", .choice(AnnexAValueSets.yesNoUnknown),
                     aliases: ["Child Seen During Assessment"]),
        AnnexAColumn("Continuous Assessment Date of Authorisation", .date,
                     aliases: ["Assessment Date of Authorisation", "Assessment Authorisation Date"]),
        AnnexAColumn("Was the child assessed as requiring LA children's social care support?",
                     .choice(AnnexAValueSets.yesNoUnknown),
                     aliases: ["Was the child assessed as requiring LA children's social care support"]),
        team, worker,
    ], date: "Continuous Assessment Start Date", end: "Continuous Assessment Date of Authorisation")

    public static let section47 = spec(.section47, [
        disability,
        AnnexAColumn("Strategy discussion initiating Section 47 Enquiry Start Date", .date,
                     aliases: ["Section 47 Enquiry Start Date", "S47 Enquiry Start Date", "Strategy Discussion Date"], key: true),
        AnnexAColumn("Was an Initial Child Protection Conference deemed unnecessary?", .choice(AnnexAValueSets.yesNo),
                     aliases: ["Was an Initial Child Protection Conference deemed unnecessary"]),
        AnnexAColumn("Date of Initial Child Protection Conference", .date, aliases: ["ICPC Date", "Initial Child Protection Conference Date"]),
        AnnexAColumn("Did the Initial Child Protection Conference Result in a Child Protection Plan", .choice(AnnexAValueSets.yesNo),
                     aliases: ["Did the Initial Child Protection Conference Result in a Child Protection Plan?"]),
        AnnexAColumn("Number of Section 47 Enquiries in the last 12 months", .integer),
        AnnexAColumn("Number of ICPCs in the last 12 months", .integer),
        team, worker,
    ], date: "Strategy discussion initiating Section 47 Enquiry Start Date", end: "Date of Initial Child Protection Conference")

    public static let childrenInNeed = spec(.childrenInNeed, [
        disability,
        AnnexAColumn("CIN Start Date", .date, aliases: ["Child in Need Start Date"], key: true),
        AnnexAColumn("Primary Need Code", .choice(AnnexAValueSets.needCode), aliases: ["Primary Need"]),
        AnnexAColumn("Date Child Was Last Seen", .date),
        AnnexAColumn("CIN Closure Date", .date, aliases: ["Child in Need Closure Date"]),
        AnnexAColumn("Reason for Closure", .choice(AnnexAValueSets.reasonForClosure), aliases: ["Closure Reason"]),
        AnnexAColumn("Case Status", .choice(AnnexAValueSets.caseStatus)),
        team, worker,
    ], date: "CIN Start Date", end: "CIN Closure Date")

    public static let childProtection = spec(.childProtection, [
        disability,
        AnnexAColumn("Child Protection Plan Start Date", .date, aliases: ["CP Plan Start Date", "CPP Start Date"], key: true),
        AnnexAColumn("Initial Category of Abuse", .choice(AnnexAValueSets.categoryOfAbuse)),
        AnnexAColumn("Latest Category of Abuse", .choice(AnnexAValueSets.categoryOfAbuse)),
        AnnexAColumn("Date of the Last Statutory Visit", .date, aliases: ["Date of Last Statutory Visit"]),
        AnnexAColumn("Was the Child Seen Alone?", .choice(AnnexAValueSets.yesNoUnknown), aliases: ["Was the Child Seen Alone"]),
        AnnexAColumn("Date of latest review conference", .date, aliases: ["Date of Latest Review Conference"]),
        AnnexAColumn("Child Protection Plan End Date", .date, aliases: ["CP Plan End Date", "CPP End Date"]),
        AnnexAColumn("Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
                     .choice(AnnexAValueSets.yesNo),
                     aliases: ["Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months"]),
        AnnexAColumn("Number of Previous Child Protection Plans", .integer),
        team, worker,
    ], date: "Child Protection Plan Start Date", end: "Child Protection Plan End Date")

    public static let lookedAfter = spec(.lookedAfter, [
        AnnexAColumn("Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)", .choice(AnnexAValueSets.yesNo),
                     aliases: ["UASC", "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months"]),
        disability,
        AnnexAColumn("Date Started to be Looked After", .date, aliases: ["Date Started to be Looked After (Current Period)"], key: true),
        AnnexAColumn("Child's Category of Need", .choice(AnnexAValueSets.needCode), aliases: ["Category of Need"]),
        AnnexAColumn("Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)",
                     .choice(AnnexAValueSets.yesNo)),
        AnnexAColumn("Start date of current legal status", .date),
        AnnexAColumn("Child's Legal Status", .choice(AnnexAValueSets.legalStatus), aliases: ["Legal Status"]),
        AnnexAColumn("Date of Latest Statutory Review", .date),
        AnnexAColumn("Date of Last Social Work Visit", .date),
        AnnexAColumn("What is the permanence plan for this child?", .choice(AnnexAValueSets.permanencePlan),
                     aliases: ["Permanence Plan"]),
        AnnexAColumn("Date of Last IRO Visit / Contact to the Child", .date, aliases: ["Date of Last IRO Visit"]),
        AnnexAColumn("Date of Last Health Assessment", .date),
        AnnexAColumn("Date of Last Dental Check", .date),
        AnnexAColumn("Number of Placements in the Last 12 months", .integer),
        AnnexAColumn("Date Ceased to be Looked After", .date),
        AnnexAColumn("Reason Ceased to be Looked After", .choice(AnnexAValueSets.reasonCeased)),
        AnnexAColumn("Start Date of Most Recent Placement", .date),
        AnnexAColumn("Placement Type", .choice(AnnexAValueSets.placementType)),
        AnnexAColumn("Placement Provider", .choice(AnnexAValueSets.placementProvider)),
        AnnexAColumn("Placement postcode", aliases: ["Placement Postcode (Degraded)"]),
        AnnexAColumn("URN of Placement", aliases: ["Placement URN"]),
        AnnexAColumn("Placement Location", .choice(AnnexAValueSets.placementLocation)),
        AnnexAColumn("LA of Placement"),
        AnnexAColumn("Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months", .integer),
        AnnexAColumn("Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months", .integer),
        AnnexAColumn("Was the child offered a Return Interview after their last missing episode (Y/N)?",
                     .choice(AnnexAValueSets.yesNoUnknown)),
        AnnexAColumn("Did the child accept a Return Interview after their last missing episode (Y/N)?",
                     .choice(AnnexAValueSets.yesNoUnknown)),
        team, worker,
    ], date: "Date Started to be Looked After", end: "Date Ceased to be Looked After")

    public static let careLeavers = spec(.careLeavers, [
        AnnexAColumn("Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)",
                     .choice(AnnexAValueSets.yesNo), aliases: ["UASC"]),
        disability, team, worker,
        AnnexAColumn("Allocated Personal Advisor", aliases: ["Personal Advisor"]),
        AnnexAColumn("Eligibility Category", .choice(AnnexAValueSets.eligibility), key: true),
        AnnexAColumn("Latest Pathway Plan Review Date", .date),
        AnnexAColumn("LA in Touch", .choice(AnnexAValueSets.inTouch), key: true),
        AnnexAColumn("Latest Date of Contact", .date),
        AnnexAColumn("Type of Accommodation", .choice(AnnexAValueSets.accommodation)),
        AnnexAColumn("Suitability of Accommodation", .choice(AnnexAValueSets.suitability)),
        AnnexAColumn("Activity Status", .choice(AnnexAValueSets.activity)),
    ], date: "Latest Date of Contact", end: nil)

    public static let adoptions = AnnexAListSpec(
        list: .adoptions,
        columns: [childColumns[0], AnnexAColumn("Family identifier", aliases: ["Family ID"])] + childColumns.dropFirst() + [
            disability,
            AnnexAColumn("Date the Child Entered Care", .date),
            AnnexAColumn("Date of Decision that Child Should be Placed for Adoption", .date,
                         aliases: ["Date of Decision that Child Should be Placed for Adoption (SHOBPA)"], key: true),
            AnnexAColumn("Date of Placement Order", .date),
            AnnexAColumn("Date of Matching Child and Prospective Adopters", .date),
            AnnexAColumn("Date Placed for Adoption", .date),
            AnnexAColumn("Date of Adoption Order", .date),
            AnnexAColumn("Date of Decision that Child Should No Longer be Placed for Adoption", .date),
            AnnexAColumn("Reason Why Child No Longer Placed for Adoption", .choice(AnnexAValueSets.reasonNoLongerPlacedForAdoption)),
            AnnexAColumn("Date the child was placed for fostering in FFA or concurrent planning placement", .date),
        ],
        idColumn: childID, genderColumn: gender, ethnicityColumn: ethnicity, birthDateColumn: birthDate,
        ageColumn: age, dateColumn: "Date of Decision that Child Should be Placed for Adoption",
        endDateColumn: "Date of Adoption Order")

    public static let adopters = AnnexAListSpec(
        list: .adopters,
        columns: [
            AnnexAColumn("Individual adopter identifier", aliases: ["Adopter ID", "Individual Adopter ID", "Adopter Identifier"], key: true),
            AnnexAColumn("Family identifier", aliases: ["Family ID"]),
            AnnexAColumn(gender, .choice(AnnexAValueSets.gender), aliases: ["Sex"]),
            AnnexAColumn(ethnicity, .choice(AnnexAValueSets.ethnicity)),
            AnnexAColumn("Disability", .choice(AnnexAValueSets.yesNo)),
            AnnexAColumn("Is the (prospective) adopter fostering for adoption?", .choice(AnnexAValueSets.yesNo)),
            AnnexAColumn("Date enquiry received", .date, aliases: ["Enquiry Date"], key: true),
            AnnexAColumn("Date Stage 1 started", .date),
            AnnexAColumn("Date Stage 1 ended", .date),
            AnnexAColumn("Date Stage 2 started", .date),
            AnnexAColumn("Date Stage 2 ended", .date),
            AnnexAColumn("Date application submitted", .date),
            AnnexAColumn("Date application approved", .date),
            AnnexAColumn("Date adopter matched with child(ren)", .date),
            AnnexAColumn("Date child/children placed with adopter(s)", .date),
            AnnexAColumn("No. of children placed", .integer, aliases: ["Number of children placed"]),
            AnnexAColumn("Date of Adoption Order", .date),
            AnnexAColumn("Date of leaving adoption process", .date),
            AnnexAColumn("Reason for leaving adoption process", .choice(AnnexAValueSets.reasonLeftAdoptionProcess)),
        ],
        idColumn: "Individual adopter identifier", genderColumn: gender, ethnicityColumn: ethnicity,
        birthDateColumn: nil, ageColumn: nil, dateColumn: "Date enquiry received",
        endDateColumn: "Date of leaving adoption process")

    /// All eleven lists, in list order.
    public static let all: [AnnexAListSpec] = [
        contacts, earlyHelp, referrals, assessments, section47, childrenInNeed, childProtection,
        lookedAfter, careLeavers, adoptions, adopters,
    ]

    public static func spec(for list: AnnexAList) -> AnnexAListSpec {
        switch list {
        case .contacts: contacts
        case .earlyHelp: earlyHelp
        case .referrals: referrals
        case .assessments: assessments
        case .section47: section47
        case .childrenInNeed: childrenInNeed
        case .childProtection: childProtection
        case .lookedAfter: lookedAfter
        case .careLeavers: careLeavers
        case .adoptions: adoptions
        case .adopters: adopters
        }
    }
}
