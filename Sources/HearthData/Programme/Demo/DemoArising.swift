import HearthCore

/// Actions arising from a demonstration meeting. Most are done a little before they fall due;
/// the first from each board's latest meeting and the last from three meetings back stay open,
/// so boards have actions carried forward and some overdue.
enum DemoArising {
    static let improvement: [(text: String, owner: String)] = [
        ("Circulate a breakdown of agency staff by team, with the cost of cover", DemoRoles.hrBusinessPartner),
        ("Share the findings of the audit of strategy discussions with board members", DemoRoles.headOfQualityAssurance),
        ("Provide assessment timeliness by team, with the reasons for any team below target", DemoRoles.headOfPerformance),
        ("Arrange a visit to the MASH for board members", DemoRoles.headOfFrontDoor),
        ("Bring a costed proposal for more independent reviewing officer capacity", DemoRoles.reviewingManager),
        ("Report on the review of accommodation for care leavers", DemoRoles.headOfCareLeavers),
        ("Confirm with the Integrated Care Board the date of the health assessment recovery plan", DemoRoles.designatedNurse),
        ("Update the programme's risk register and circulate it before the next meeting", DemoRoles.programmeManager),
        ("Write to partner agencies about attendance at strategy discussions", DemoRoles.independentChair),
        ("Set out the evidence the board will want to see before the next review of the notice", DemoRoles.director),
    ]

    static let scrutiny: [(text: String, owner: String)] = [
        ("Give members the number of children waiting for an initial health assessment, by month", DemoRoles.headOfChildrenInCare),
        ("Arrange a briefing for members on the role of the improvement board", DemoRoles.director),
        ("Circulate the latest workforce dashboard to the committee", DemoRoles.hrBusinessPartner),
        ("Include a comparison with statistical neighbours in the next report", DemoRoles.headOfPerformance),
        ("Add the review of the front door to the committee's work programme", DemoRoles.democraticServices),
        ("Report on take-up of the care leavers' council tax exemption", DemoRoles.headOfCareLeavers),
        ("Share a summary of the latest practice audits with members", DemoRoles.headOfQualityAssurance),
    ]

    static let parenting: [(text: String, owner: String)] = [
        ("Invite the Children in Care Council to present their priorities at the next meeting", DemoRoles.participationManager),
        ("Report on take-up of the local offer for care leavers", DemoRoles.headOfCareLeavers),
        ("Give an update on dental checks for children placed out of area", DemoRoles.designatedNurse),
        ("Confirm how many council apprenticeships are ring-fenced for care leavers", DemoRoles.hrBusinessPartner),
        ("Circulate the virtual school's summary of the quality of personal education plans", DemoRoles.virtualSchoolHead),
        ("Arrange for board members to visit a children's home with young people", DemoRoles.participationManager),
        ("Bring the placement sufficiency figures to the next meeting", DemoRoles.headOfChildrenInCare),
    ]

    static func make(_ c: DemoMeetings.Context, meetingID: String) -> [ActionArising] {
        let (pool, offset) = switch c.board.kind {
        case .scrutiny: (scrutiny, 1)
        case .corporateParenting: (parenting, 2)
        default: (improvement, 0)
        }
        let count = 1 + (c.index + offset) % 3
        return (0..<count).map { j in
            let item = pool[(c.index * 2 + j + offset) % pool.count]
            let due = c.date.adding(days: 28 + 7 * j)
            let leftOpen = (c.index == c.heldCount - 1 && j == 0) || (c.index == c.heldCount - 3 && j == count - 1)
            var done: Day?
            if !leftOpen && due < c.today {
                // Now and then one is done a few days late, so it is carried to the next meeting.
                let late = (c.index + j) % 5 == 4
                let day = min(late ? due.adding(days: 5) : due.adding(days: -(3 + (c.index + j) % 6)), c.today.adding(days: -1))
                done = DemoTimeline.workingDay(onOrBefore: day, c.timeline.calendar)
            }
            return ActionArising(id: "\(meetingID)-a\(j + 1)", text: item.text, owner: item.owner,
                                 ownerUser: DemoRoles.ownerUser(of: item.owner), due: due, done: done)
        }
    }
}
