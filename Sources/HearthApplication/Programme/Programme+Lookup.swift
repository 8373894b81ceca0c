import HearthCore

/// Finding one thing of the programme by the id a page or an API call was given. What is not
/// there is `ApplicationError.notFound` with the words a user reads; the web app's error
/// middleware makes it a 404, so no controller writes one by hand.
extension Programme {
    public func board(_ id: String?) throws(ApplicationError) -> Board {
        guard let board = boards.first(where: { $0.id == id }) else { throw .notFound("There is no such board.") }
        return board
    }

    public func meeting(_ id: String?) throws(ApplicationError) -> Meeting {
        guard let meeting = meetings.first(where: { $0.id == id }) else { throw .notFound("There is no such meeting.") }
        return meeting
    }

    /// A meeting with the board that holds it.
    public func meetingAndBoard(_ id: String?) throws(ApplicationError) -> (meeting: Meeting, board: Board) {
        let meeting = try meeting(id)
        guard let board = boards.first(where: { $0.id == meeting.boardID }) else { throw .notFound("There is no such meeting.") }
        return (meeting, board)
    }

    public func inspection(_ id: String?) throws(ApplicationError) -> Inspection {
        guard let inspection = inspections.first(where: { $0.id == id }) else { throw .notFound("There is no such inspection.") }
        return inspection
    }

    public func intervention(_ id: String?) throws(ApplicationError) -> Intervention {
        guard let intervention = interventions.first(where: { $0.id == id }) else { throw .notFound("There is no such intervention.") }
        return intervention
    }

    public func source(_ id: String?) throws(ApplicationError) -> FindingSource {
        guard let source = sources.first(where: { $0.id == id }) else { throw .notFound("There is no such source of findings.") }
        return source
    }

    /// The latest version of the plan: the one edited (a refresh awaiting approval, or the plan in force).
    public func latestPlan() throws(ApplicationError) -> ImprovementPlan {
        guard let plan = currentPlan else { throw .notFound("There is no plan yet.") }
        return plan
    }
}

extension ImprovementPlan {
    public func action(_ id: String?) throws(ApplicationError) -> PlanAction {
        guard let action = actions.first(where: { $0.id == id }) else { throw .notFound("The plan in force has no action \(id ?? "").") }
        return action
    }
}
