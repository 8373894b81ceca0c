import HearthCore

/// The demonstration plan's priorities and actions, as text; `DemoPlanBuilder` dates them.
enum DemoPlanContent {
    static func priorities(refreshed: Bool) -> [Priority] {
        [
            Priority(id: "P1", title: "Workforce capacity and stability", lead: DemoRoles.director),
            Priority(id: "P2", title: "Management oversight and the practice model", lead: DemoRoles.principalSocialWorker),
            Priority(id: "P3", title: "The front door and early help", lead: DemoRoles.headOfFrontDoor),
            Priority(id: "P4", title: "Children in care and permanence", lead: DemoRoles.headOfChildrenInCare),
            Priority(id: "P5", title: "Care leavers", lead: DemoRoles.headOfCareLeavers),
            // The refresh took communication with staff and families into the last priority.
            Priority(id: "P6", title: refreshed ? "Partnerships, corporate parenting and communication" : "Partnerships and corporate parenting",
                     lead: DemoRoles.assistantDirector),
        ]
    }

    static var actions: [DemoActionSpec] { workforceAndPractice + frontDoor + care + partnership }
}
