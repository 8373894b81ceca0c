import HearthCore

/// The three boards that oversee the demonstration programme, with members as job titles.
enum DemoBoards {
    static let improvement = Board(
        id: "ib", kind: .improvement, name: "Children's Services Improvement Board", chair: DemoRoles.independentChair,
        members: [.init(name: DemoRoles.adviser, role: .dfeAdviser), .init(name: DemoRoles.chiefExecutive, role: .officer),
                  .init(name: DemoRoles.director, role: .officer), .init(name: DemoRoles.leadMember, role: .councillor),
                  .init(name: DemoRoles.assistantDirector, role: .officer), .init(name: DemoRoles.principalSocialWorker, role: .officer),
                  .init(name: DemoRoles.headOfQualityAssurance, role: .officer), .init(name: DemoRoles.police, role: .partner),
                  .init(name: DemoRoles.icb, role: .partner), .init(name: DemoRoles.partnershipChair, role: .partner),
                  .init(name: DemoRoles.financeDirector, role: .officer)],
        secretary: DemoRoles.programmeManager, cadenceWeeks: 12,
        termsOfReference: "Oversees the improvement plan agreed with DfE under the improvement notice: holds leaders to account for progress against each priority, receives DfE's reviews and Ofsted's findings, and approves each version of the plan. Meets every twelve weeks until the notice is lifted.")

    static let scrutiny = Board(
        id: "sc", kind: .scrutiny, name: "Children and Young People Scrutiny Committee", chair: DemoRoles.scrutinyChair,
        members: [.init(name: "Vice-Chair of the committee", role: .viceChair), .init(name: "Elected member, majority group", role: .councillor),
                  .init(name: "Elected member, majority group (second seat)", role: .councillor),
                  .init(name: "Elected member, opposition group", role: .councillor), "Co-opted member, diocesan representative",
                  "Co-opted member, parent governor representative", .init(name: DemoRoles.director, role: .officer),
                  .init(name: DemoRoles.leadMember, role: .councillor)],
        secretary: DemoRoles.democraticServices, cadenceWeeks: 8)

    static let corporateParenting = Board(
        id: "cpb", kind: .corporateParenting, name: "Corporate Parenting Board", chair: DemoRoles.leadMember,
        members: [DemoRoles.director, DemoRoles.headOfChildrenInCare, DemoRoles.headOfCareLeavers, DemoRoles.virtualSchoolHead,
                  DemoRoles.participationManager].map { BoardMember(name: $0, role: .officer) }
            + [.init(name: DemoRoles.designatedNurse, role: .partner), BoardMember(name: DemoRoles.childrenInCareCouncil),
               .init(name: "Elected member, corporate parenting champion", role: .councillor), .init(name: "Housing Options Manager", role: .officer)],
        secretary: DemoRoles.democraticServices, cadenceWeeks: 8)

    static let all = [improvement, scrutiny, corporateParenting]
}
