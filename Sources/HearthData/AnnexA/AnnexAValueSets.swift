import HearthCore

/// The fixed choices of Ofsted's Annex A template (ILACS child-level data, 2023 onwards),
/// spelt as the template's drop-downs spell them.
public enum AnnexAValueSets {
    public static let gender = AnnexAValueSet(
        "Gender", ["a) Male", "b) Female", "c) Not stated/recorded", "d) Neither"],
        aliases: ["M", "F", "U", "Not stated", "Not recorded", "Unknown", "Indeterminate"])

    public static let yesNo = AnnexAValueSet("Yes/No", ["a) Yes", "b) No"], aliases: ["Y", "N"])

    public static let yesNoUnknown = AnnexAValueSet(
        "Yes/No/Unknown", ["a) Yes", "b) No", "c) Unknown"], aliases: ["Y", "N", "U"])

    /// DfE ethnicity codes; the template writes them `a) WBRI`, exports often the label.
    public static let ethnicity = AnnexAValueSet(Ethnicity.codes, name: "Ethnicity")

    /// Contact and referral sources: the CIN census referral-source codes.
    public static let source = AnnexAValueSet(CINCodes.referralSource, name: "Source")

    public static let needCode = AnnexAValueSet(CINCodes.primaryNeed, name: "Need code")

    public static let reasonForClosure = AnnexAValueSet(CINCodes.reasonForClosure, name: "Reason for closure")

    public static let caseStatus = AnnexAValueSet(
        "Case status", ["a) Looked after child", "b) Child Protection plan", "c) Child in need plan",
                        "d) Open assessment", "e) Closed episode"])

    public static let categoryOfAbuse = AnnexAValueSet(
        "Category of abuse", ["a) Neglect", "b) Physical abuse", "c) Sexual abuse", "d) Emotional abuse",
                              "e) Multiple/not recommended"],
        aliases: CINCodes.categoryOfAbuse.codes + ["Multiple"])

    public static let legalStatus = AnnexAValueSet(SSDA903Codes.legalStatus, name: "Legal status")

    public static let permanencePlan = AnnexAValueSet(
        "Permanence plan", ["a) Return to family", "b) Adoption", "c) SGO/CAO",
                            "d) Supported living in the community", "e) Long-term residential placement",
                            "f) Long-term fostering", "g) Other"])

    public static let reasonCeased = AnnexAValueSet(SSDA903Codes.reasonEpisodeCeased, name: "Reason ceased")

    public static let placementType = AnnexAValueSet(SSDA903Codes.placement, name: "Placement type")

    public static let placementProvider = AnnexAValueSet(SSDA903Codes.placementProvider, name: "Placement provider")

    public static let placementLocation = AnnexAValueSet("Placement location", ["a) In", "b) Out"])

    public static let eligibility = AnnexAValueSet(
        "Eligibility category", ["a) Relevant child", "b) Former relevant child",
                                 "c) Qualifying care leaver", "d) Eligible child"])

    public static let inTouch = AnnexAValueSet(
        "LA in touch", ["a) Yes", "b) No", "c) Died", "d) Refu", "e) NREQ", "f) Rhom"], aliases: ["Y", "N"])

    public static let accommodation = AnnexAValueSet(SSDA903Codes.accommodationType, name: "Accommodation")

    public static let suitability = AnnexAValueSet("Suitability", ["a) Suitable", "b) Unsuitable"])

    /// Care leaver activity: the 903 codes plus F3/P3, which earlier templates still list.
    public static let activity = AnnexAValueSet(SSDA903Codes.activity, name: "Activity", extra: ["F3", "P3"])

    public static let reasonNoLongerPlacedForAdoption = AnnexAValueSet(
        "Reason no longer placed for adoption",
        ["RD1 - The child's needs changed subsequent to the decision", "RD2 - The Court did not make a placement order",
         "RD3 - Prospective adopters could not be found", "RD4 - Any other reason"])

    public static let reasonLeftAdoptionProcess = AnnexAValueSet(
        "Reason for leaving adoption process",
        ["1 - Adopter withdrew from process", "2 - Process put on hold", "3 - Application refused"])
}
