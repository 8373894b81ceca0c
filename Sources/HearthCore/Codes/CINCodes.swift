/// Code lists of the CIN census (DfE specification 2024-25 / 2025-26).
public enum CINCodes {
    /// `Sex` M / F / U from 2024-25 (U also for an unborn child); `GenderCurrent` 0 / 1 / 2 / 9 in
    /// earlier censuses, still read.
    public static let sex = CodeList("Sex", [
        ("M", "Male"), ("F", "Female"), ("U", "Unknown / indeterminate"),
        ("0", "Not known (GenderCurrent)"), ("1", "Male (GenderCurrent)"), ("2", "Female (GenderCurrent)"),
        ("9", "Not stated (GenderCurrent)"),
    ])

    public static let referralSource = CodeList("ReferralSource", [
        ("1A", "Individual: family member / relative / carer"), ("1B", "Individual: acquaintance"),
        ("1C", "Individual: self"), ("1D", "Individual: other"),
        ("2A", "Schools"), ("2B", "Education services"),
        ("3A", "Health services: GP"), ("3B", "Health services: health visitor"), ("3C", "Health services: school nurse"),
        ("3D", "Health services: other primary health services"), ("3E", "Health services: A&E"),
        ("3F", "Health services: other"), ("4", "Housing"), ("5A", "LA services: social care"),
        ("5B", "LA services: other internal"), ("5C", "LA services: external"), ("5D", "Early help"),
        ("6", "Police"), ("7", "Other legal agency"), ("8", "Other"), ("9", "Anonymous"), ("10", "Unknown"),
    ])

    public static let primaryNeed = CodeList("PrimaryNeedCode", [
        ("N0", "Not stated"), ("N1", "Abuse or neglect"), ("N2", "Child's disability"),
        ("N3", "Parental illness or disability"), ("N4", "Family in acute stress"), ("N5", "Family dysfunction"),
        ("N6", "Socially unacceptable behaviour"), ("N7", "Low income"), ("N8", "Absent parenting"),
        ("N9", "Cases other than children in need"),
    ])

    public static let reasonForClosure = CodeList("ReasonForClosure", [
        ("RC1", "Adopted"), ("RC2", "Died"), ("RC3", "Child arrangements order"),
        ("RC4", "Special guardianship order"), ("RC5", "Transferred to services of another LA"),
        ("RC6", "Transferred to adult social care"), ("RC7", "Services ceased for any other reason, including child no longer in need"),
        ("RC8", "Case closed after assessment, no further action"),
        ("RC9", "Case closed after assessment, referred to early help"),
    ])

    public static let categoryOfAbuse = CodeList("CategoryOfAbuse", [
        ("NEG", "Neglect"), ("PHY", "Physical abuse"), ("EMO", "Emotional abuse"),
        ("SAB", "Sexual abuse"), ("MUL", "Multiple"),
    ])

    public static let disability = CodeList("Disability", [
        ("NONE", "No disability"), ("MOB", "Mobility"), ("HAND", "Hand function"),
        ("PC", "Personal care"), ("INC", "Incontinence"), ("COMM", "Communication"),
        ("LD", "Learning"), ("HEAR", "Hearing"), ("VIS", "Vision"), ("BEH", "Behaviour"),
        ("CON", "Consciousness"), ("AUT", "Diagnosed with autism or Asperger syndrome"),
        ("DDA", "Other DDA"),
    ])

    /// Factors identified at the end of assessment: DfE's CIN census guide for 2024-25 and
    /// 2025-26, whose codes DfE's statistics count in c3_factors_identified_at_end_of_assessment
    /// (physical and sexual abuse each as child on child, adult on child and "unknown").
    /// 18B/18C and 19B/19C replaced 18A (physical abuse) and 19A (sexual abuse) in 2020-21; DfE's
    /// validator went on accepting the old two with a query (8945Q, 8950Q: 18B or 18C, 19B or 19C
    /// "should be used instead") and counted them as "unknown" until 2023-24 (none in 2024-25).
    /// They are kept, as earlier censuses are still read, so that an older return's factors are
    /// not called unknown. 20 is "Other" and 21 "No factors identified"; female genital
    /// mutilation, abuse linked to faith or belief and child criminal exploitation are 22A, 23A
    /// and 24A (an earlier version of this list had 19A to 24A mislabelled and lacked 19B/19C).
    public static let assessmentFactor = CodeList("AssessmentFactors", [
        ("1A", "Alcohol misuse: child"), ("1B", "Alcohol misuse: parent"), ("1C", "Alcohol misuse: other person"),
        ("2A", "Drug misuse: child"), ("2B", "Drug misuse: parent"), ("2C", "Drug misuse: other person"),
        ("3A", "Domestic abuse: child"), ("3B", "Domestic abuse: parent"), ("3C", "Domestic abuse: other person"),
        ("4A", "Mental health: child"), ("4B", "Mental health: parent"), ("4C", "Mental health: other person"),
        ("5A", "Learning disability: child"), ("5B", "Learning disability: parent"), ("5C", "Learning disability: other person"),
        ("6A", "Physical disability or illness: child"), ("6B", "Physical disability or illness: parent"),
        ("6C", "Physical disability or illness: other person"), ("7A", "Young carer"),
        ("8B", "Privately fostered: overseas child, parents intend to return"),
        ("8C", "Privately fostered: overseas child, parents intend to remain"),
        ("8D", "Privately fostered: UK child in education or training"), ("8E", "Privately fostered: UK family breakdown"),
        ("8F", "Privately fostered: other"), ("9A", "Unaccompanied asylum-seeking child"),
        ("10A", "Going or being missing"), ("11A", "Child sexual exploitation"), ("12A", "Trafficking"), ("13A", "Gangs"),
        ("14A", "Socially unacceptable behaviour"), ("15A", "Self-harm"), ("16A", "Abuse or neglect: neglect"),
        ("17A", "Abuse or neglect: emotional abuse"),
        ("18A", "Abuse or neglect: physical abuse (censuses to 2023-24; 18B or 18C since 2020-21)"),
        ("18B", "Abuse or neglect: physical abuse, child on child"),
        ("18C", "Abuse or neglect: physical abuse, adult on child"),
        ("19A", "Abuse or neglect: sexual abuse (censuses to 2023-24; 19B or 19C since 2020-21)"),
        ("19B", "Abuse or neglect: sexual abuse, child on child"),
        ("19C", "Abuse or neglect: sexual abuse, adult on child"),
        ("20", "Other"), ("21", "No factors identified"),
        ("22A", "Female genital mutilation"), ("23A", "Abuse linked to faith or belief"),
        ("24A", "Child criminal exploitation"),
    ])

    public static let upnUnknown = CodeList("UPNunknown", [
        ("UN1", "Child is now ceased to be looked after / subject of a plan"), ("UN2", "Child has never attended school"),
        ("UN3", "Child lives abroad"), ("UN4", "Child has moved abroad"), ("UN5", "Sources collating UPN reflect discrepancy"),
        ("UN6", "Child is not yet born / too young"), ("UN7", "Referral with no further action"),
        ("UN8", "Not held"), ("UN9", "Asylum seeker"), ("UN10", "Referral received for child under 4"),
    ])
}
