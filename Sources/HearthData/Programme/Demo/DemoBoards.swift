import HearthCore

/// The three boards that oversee the demonstration programme, with members as job titles.
enum DemoBoards {
    static let improvement = Board(
        id: "ib", kind: .improvement, name: "Children's Services Improvement Board", chair: DemoRoles.independentChair,
        members: [DemoRoles.adviser, DemoRoles.chiefExecutive, DemoRoles.director, DemoRoles.leadMember, DemoRoles.assistantDirector,
                  DemoRoles.principalSocialWorker, DemoRoles.headOfQualityAssurance, DemoRoles.police, DemoRoles.icb,
                  DemoRoles.partnershipChair, DemoRoles.financeDirector],
        secretary: DemoRoles.programmeManager, cadenceWeeks: 12)

    static let scrutiny = Board(
        id: "sc", kind: .scrutiny, name: "Children and Young People Scrutiny Committee", chair: DemoRoles.scrutinyChair,
        members: ["Vice-Chair of the committee", "Elected member, majority group", "Elected member, majority group (second seat)",
                  "Elected member, opposition group", "Co-opted member, diocesan representative",
                  "Co-opted member, parent governor representative", DemoRoles.director, DemoRoles.leadMember],
        secretary: DemoRoles.democraticServices, cadenceWeeks: 8)

    static let corporateParenting = Board(
        id: "cpb", kind: .corporateParenting, name: "Corporate Parenting Board", chair: DemoRoles.leadMember,
        members: [DemoRoles.director, DemoRoles.headOfChildrenInCare, DemoRoles.headOfCareLeavers, DemoRoles.virtualSchoolHead,
                  DemoRoles.designatedNurse, DemoRoles.participationManager, DemoRoles.childrenInCareCouncil,
                  "Elected member, corporate parenting champion", "Housing Options Manager"],
        secretary: DemoRoles.democraticServices, cadenceWeeks: 8)

    static let all = [improvement, scrutiny, corporateParenting]
}
