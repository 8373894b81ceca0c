/// The job titles the demonstration uses for owners, leads and members: titles, never names, so
/// nothing in the demo can be read as a real person.
enum DemoRoles {
    static let director = "Director of Children's Services"
    static let assistantDirector = "Assistant Director, Children's Social Care"
    static let chiefExecutive = "Chief Executive"
    static let leadMember = "Lead Member for Children's Services"
    static let principalSocialWorker = "Principal Social Worker"
    static let headOfQualityAssurance = "Head of Service Quality Assurance"
    static let headOfFrontDoor = "Head of Service, Front Door and Early Help"
    static let headOfAssessment = "Head of Service, Assessment and Intervention"
    static let headOfChildProtection = "Head of Service, Child Protection"
    static let headOfChildrenInCare = "Head of Service, Children in Care"
    static let headOfCareLeavers = "Head of Service, Care Leavers"
    static let headOfPerformance = "Head of Performance and Intelligence"
    static let hrBusinessPartner = "HR Business Partner"
    static let workforceDevelopment = "Workforce Development Manager"
    static let reviewingManager = "Safeguarding and Reviewing Service Manager"
    static let mashManager = "MASH Team Manager"
    static let earlyHelpManager = "Early Help Service Manager"
    static let fosteringManager = "Fostering Service Manager"
    static let careLeaversManager = "Care Leavers Team Manager"
    static let commissioningManager = "Commissioning Manager"
    static let partnershipManager = "Safeguarding Children Partnership Business Manager"
    static let designatedNurse = "Designated Nurse for Children in Care"
    static let virtualSchoolHead = "Virtual School Head"
    static let participationManager = "Participation and Engagement Manager"
    static let childrenInCareCouncil = "Representatives of the Children in Care Council"
    static let communications = "Communications Business Partner"
    static let programmeManager = "Improvement Programme Manager"
    static let independentChair = "Independent Chair of the Improvement Board"
    static let adviser = "DfE Improvement Adviser"
    static let democraticServices = "Democratic Services Officer"
    static let police = "Detective Superintendent, Public Protection"
    static let icb = "Director of Nursing, Integrated Care Board"
    static let partnershipChair = "Independent Scrutineer, Safeguarding Children Partnership"
    static let financeDirector = "Director of Finance"
    static let scrutinyChair = "Chair of the Children and Young People Scrutiny Committee"

    /// The demo's `contributor` user (`hearth demo` makes one user per role, named for it) plays
    /// the head of service for children in care: the actions and actions arising that post owns
    /// are theirs under My actions.
    static func ownerUser(of owner: String) -> String? { owner == headOfChildrenInCare ? "contributor" : nil }
}
