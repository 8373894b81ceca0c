/// Code lists of the SSDA903 return (DfE guidance for 2024-25 and 2025-26).
public enum SSDA903Codes {
    /// M / F / U from 2024-25; 1 / 2 in earlier years' returns, still read.
    public static let sex = CodeList("SEX", [
        ("M", "Male"), ("F", "Female"), ("U", "Unknown / indeterminate"),
        ("1", "Male (returns before 2024-25)"), ("2", "Female (returns before 2024-25)"),
    ])

    /// DfE's SSDA903 guidance: a new episode starts when the legal status or the placement
    /// changes, and RNE says which. What measures read from it: P, T, U and B start a new
    /// placement; T and U keep the same carer(s); L and U change the legal status without new
    /// carers.
    public static let reasonForNewEpisode = CodeList("RNE", [
        ("S", "Started to be looked after"), ("L", "Change of legal status only"),
        ("P", "Change of placement and carer(s) only"), ("T", "Change of placement but same carer(s) only"),
        ("U", "Change of legal status and change of placement but same carer(s)"),
        ("B", "Change of legal status and placement and carer(s) at the same time"),
    ])

    public static let legalStatus = CodeList("LS", [
        ("C1", "Interim care order"), ("C2", "Full care order"), ("D1", "Freeing order granted"),
        ("E1", "Placement order granted"), ("J1", "Remanded to local authority accommodation or youth detention"),
        ("J2", "Placed in local authority accommodation under PACE"),
        ("J3", "Sentenced to CAMHS / youth rehabilitation order with residence requirement"),
        ("L1", "Under police protection and in local authority accommodation"),
        ("L2", "Emergency protection order"), ("L3", "Under child assessment order and in local authority accommodation"),
        ("V2", "Single period of accommodation under section 20"),
        ("V3", "Accommodated under an agreed series of short-term breaks (single placements)"),
        ("V4", "Accommodated under an agreed series of short-term breaks (multiple placements)"),
    ])

    public static let categoryOfNeed = CodeList("CIN", [
        ("N1", "Abuse or neglect"), ("N2", "Child's disability"), ("N3", "Parental illness or disability"),
        ("N4", "Family in acute stress"), ("N5", "Family dysfunction"), ("N6", "Socially unacceptable behaviour"),
        ("N7", "Low income"), ("N8", "Absent parenting"),
    ])

    public static let placement = CodeList("PLACE", [
        ("A3", "Placed for adoption with parental consent with current foster carer(s)"),
        ("A4", "Placed for adoption with parental consent not with current foster carer(s)"),
        ("A5", "Placed for adoption with placement order with current foster carer(s)"),
        ("A6", "Placed for adoption with placement order not with current foster carer(s)"),
        ("H5", "Semi-independent living accommodation not subject to children's homes regulations"),
        ("K1", "Secure children's home"), ("K2", "Children's home subject to children's homes regulations"),
        ("P1", "Placed with own parent(s) or other person(s) with parental responsibility"),
        ("P2", "Independent living, e.g. in a flat, lodgings, bedsit, bed and breakfast or with friends"),
        ("P3", "Residential employment"),
        ("R1", "Residential care home"), ("R2", "NHS / health trust or other establishment providing medical or nursing care"),
        ("R3", "Family centre or mother and baby unit"), ("R5", "Young offender institution or prison"),
        ("S1", "All residential schools, except where dual-registered as a school and children's home"),
        ("T0", "All types of temporary move"), ("T1", "Temporary periods in hospital"),
        ("T2", "Temporary absences of the child on holiday"),
        ("T3", "Temporary accommodation whilst normal foster carer(s) is / are on holiday"),
        ("T4", "Temporary accommodation of seven days or less, for any reason, not covered by codes T1 to T3"),
        ("U1", "Foster placement with relative or friend, long-term fostering"),
        ("U2", "Foster placement with relative or friend who is also an approved adopter (FFA)"),
        ("U3", "Foster placement with relative or friend, not long-term or FFA"),
        ("U4", "Foster placement with other foster carer, long-term fostering"),
        ("U5", "Foster placement with other foster carer who is also an approved adopter (FFA)"),
        ("U6", "Foster placement with other foster carer, not long-term or FFA"),
        ("Z1", "Other placements"),
    ])

    public static let placementProvider = CodeList("PLACE_PROVIDER", [
        ("PR0", "Parent(s) or other person(s) with parental responsibility"),
        ("PR1", "Own provision (by the council)"), ("PR2", "Other local authority provision"),
        ("PR3", "Other public provision (e.g. by a PCT)"), ("PR4", "Private provision"),
        ("PR5", "Voluntary / third sector provision"),
    ])

    public static let reasonEpisodeCeased = CodeList("REC", [
        ("X1", "Episode ceases, and new episode begins on same day, for any reason"),
        ("E11", "Adopted: application for an adoption order unopposed"),
        ("E12", "Adopted: consent dispensed with by the court"),
        ("E13", "Left care to live with parent(s), relative(s), or other person(s) with no parental responsibility"),
        ("E14", "Accommodation on remand ended"), ("E15", "Age assessment determined child is aged 18 or over"),
        ("E16", "Child moved abroad"), ("E17", "Aged 18 (or over) and remained with current carers (staying put)"),
        ("E2", "Died"), ("E3", "Care taken over by another local authority in the UK"),
        ("E41", "Residence order (or child arrangement order) granted"),
        ("E45", "Special guardianship order made to former foster carer(s)"),
        ("E46", "Special guardianship order made to carer(s) other than former foster carer(s)"),
        ("E47", "Special guardianship order made to former foster carer(s) who are relatives or friends"),
        ("E48", "Special guardianship order made to carer(s), other than former foster carer(s), who are relatives or friends"),
        ("E4A", "Returned home to live with parent(s), relative(s), or other person(s) with parental responsibility as part of the care planning process"),
        ("E4B", "Returned home to live with parent(s), relative(s), or other person(s) with parental responsibility which was not part of the current care planning process"),
        ("E5", "Moved into independent living arrangement and no longer looked after: supportive accommodation"),
        ("E6", "Moved into independent living arrangement and no longer looked after: without formalised support"),
        ("E7", "Transferred to residential care funded by adult social care"),
        ("E8", "Period of being looked after ceased for any other reason"),
        ("E9", "Sentenced to custody"),
    ])

    public static let reasonPlacementChanged = CodeList("REASON_PLACE_CHANGE", [
        ("CARPL", "Change to / implementation of care plan"), ("CLOSE", "Resignation / closure of provision"),
        ("ALLEG", "Allegation (s47)"), ("STAND", "Standards of care concern"),
        ("APPRR", "Approval removed"), ("CREQB", "Carer requests placement end due to child's behaviour"),
        ("CREQO", "Carer requests placement end other than due to child's behaviour"),
        ("CHILD", "Child requests placement end"), ("LAREQ", "Responsible / area authority requests placement end"),
        ("PLACE", "Change in the status of placement only"), ("CUSTOD", "Custody arrangement"),
        ("OTHER", "Other"),
    ])

    public static let reviewParticipation = CodeList("REVIEW_CODE", [
        ("PN0", "Child aged under 4 at the time of the review"),
        ("PN1", "Child physically attends and speaks for him or herself"),
        ("PN2", "Child physically attends and an advocate speaks on his or her behalf"),
        ("PN3", "Child attends and conveys his or her view symbolically (non-verbally)"),
        ("PN4", "Child physically attends but does not speak for him or herself"),
        ("PN5", "Child does not attend physically but briefs an advocate to speak for him or her"),
        ("PN6", "Child does not attend but conveys his or her feelings to the review by a facilitative medium"),
        ("PN7", "Child does not attend nor are his or her views conveyed to the review"),
    ])

    public static let inTouch = CodeList("IN_TOUCH", [
        ("YES", "In touch"), ("NO", "Not in touch"), ("DIED", "Died"),
        ("REFU", "Young person refuses contact"), ("NREQ", "Authority no longer required to be in touch"),
        ("RHOM", "Returned home for more than 6 months"),
    ])

    /// ACTIV: DfE's SSDA903 guide for 2024-25 and 2025-26 (the list its validator checks in rule 132,
    /// "Data entry for activity after leaving care is invalid"). `0` is how a return says the
    /// activity is not known: not in touch, or the young person died or returned home for 6 months
    /// or more (rule 344 asks for it then). F3/P3, single codes for training or employment, were
    /// split into apprenticeship (F4/P4) and other training or employment (F5/P5) and are no longer
    /// accepted; "OTH", which this list used to carry for not known, is no DfE code.
    public static let activity = CodeList("ACTIV", [
        ("F1", "Full-time in higher education"), ("P1", "Part-time in higher education"),
        ("F2", "Full-time in education other than higher education"), ("P2", "Part-time in education other than higher education"),
        ("F4", "Full-time in an apprenticeship"), ("P4", "Part-time in an apprenticeship"),
        ("F5", "Full-time in training or employment (not an apprenticeship)"),
        ("P5", "Part-time in training or employment (not an apprenticeship)"),
        ("G4", "Not in education, training or employment, owing to illness or disability"),
        ("G5", "Not in education, training or employment, owing to other reasons"),
        ("G6", "Not in education, training or employment, owing to pregnancy or parenting"),
        ("0", "Not known: not in touch, died, or returned home for 6 months or more"),
    ])

    /// Accommodation type letters; a 903 ACCOM code is a letter plus 1 (suitable) or 2 (not suitable).
    public static let accommodationType = CodeList("ACCOM type", [
        ("B", "With parents or relatives"), ("C", "Community home or other form of residential care"),
        ("D", "Semi-independent, transitional accommodation"), ("E", "Supported lodgings"),
        ("G", "Gone abroad"), ("H", "Deported"), ("K", "Ordinary lodgings, without formal support"),
        ("R", "Residence not known"), ("S", "No fixed abode / homeless"), ("T", "Foyers and similar supported accommodation"),
        ("U", "Independent living"), ("V", "Emergency accommodation"), ("W", "Bed and breakfast"),
        ("X", "In custody"), ("Y", "Other accommodation"), ("Z", "With former foster carers"),
    ])

    public static let missing = CodeList("MISSING", [("M", "Missing"), ("A", "Away from placement without authorisation")])

    public static let socialWorkerReason = CodeList("SW_REASON", [
        ("MANAGE", "Management decision"), ("FCONTA", "Family request (in contact with a social worker)"),
        ("LEFTRL", "Social worker left role"), ("ORGRST", "Organisational restructure"),
        ("TSPROC", "Transfer between teams as part of process"), ("ABSENC", "Social worker absence"),
        ("CHCHAN", "Child's circumstances changed"), ("PCCHAN", "Placement change"),
        ("SWDIED", "Social worker died"), ("OTHERS", "Other"),
    ])

    /// Whether an ACCOM code is well formed (letter + 1 or 2, or the not-known forms 0 and Z).
    public static func isValidAccommodation(_ code: String) -> Bool {
        if code == "0" || code == "Z" { return true }
        guard code.count == 2, let suffix = code.last, suffix == "1" || suffix == "2" else { return false }
        return accommodationType.contains(String(code.prefix(1)))
    }

    /// Legal statuses of short-break care, excluded from looked-after counts.
    public static let respiteLegalStatuses: Set<String> = ["V3", "V4"]
}
