/// The tables of the SSDA903 return, with the exact column sets DfE's tools recognise them by.
public enum SSDA903Table: String, CaseIterable, Sendable, Codable {
    case header = "Header"
    case episodes = "Episodes"
    case reviews = "Reviews"
    case uasc = "UASC"
    case oc2 = "OC2"
    case oc3 = "OC3"
    case ad1 = "AD1"
    case placedForAdoption = "PlacedAdoption"
    case previousPermanence = "PrevPerm"
    case missing = "Missing"
    case socialWorkerEpisodes = "SWEpisodes"

    public var columns: [String] {
        switch self {
        case .header: ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"]
        case .episodes: ["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
                         "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"]
        case .reviews: ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"]
        case .uasc: ["CHILD", "SEX", "DOB", "DUC"]
        case .oc2: ["CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS",
                    "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED",
                    "INTERVENTION_OFFERED"]
        case .oc3: ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"]
        case .ad1: ["CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"]
        case .placedForAdoption: ["CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"]
        case .previousPermanence: ["CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"]
        case .missing: ["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"]
        case .socialWorkerEpisodes: ["CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"]
        }
    }

    public var title: String {
        switch self {
        case .header: "Header"
        case .episodes: "Episodes"
        case .reviews: "Reviews"
        case .uasc: "UASC"
        case .oc2: "OC2 (health and outcomes)"
        case .oc3: "OC3 (care leavers)"
        case .ad1: "AD1 (adoptions)"
        case .placedForAdoption: "Placed for adoption"
        case .previousPermanence: "Previous permanence"
        case .missing: "Missing"
        case .socialWorkerEpisodes: "Social worker episodes"
        }
    }
}
