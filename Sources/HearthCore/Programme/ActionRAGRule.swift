/// How an action's RAG follows from its dates and status, unless someone overrode it:
/// - complete → complete;
/// - past its due date → red; blocked → red;
/// - due within `amberWindow` days and not started → amber;
/// - otherwise green.
public struct ActionRAGRule: Sendable {
    /// Calendar days before the due date in which a not-started action turns amber.
    public var amberWindow: Int

    public init(amberWindow: Int = 14) {
        self.amberWindow = amberWindow
    }

    /// The RAG from dates and status alone.
    public func computed(_ action: PlanAction, today: Day) -> ActionRAG {
        if action.status == .complete { return .complete }
        if action.due < today || action.status == .blocked { return .red }
        if action.status == .notStarted && action.due.ordinal - today.ordinal <= Int32(amberWindow) { return .amber }
        return .green
    }

    /// The RAG a board sees: the override when there is one.
    public func rag(_ action: PlanAction, today: Day) -> ActionRAG {
        action.override?.rag ?? computed(action, today: today)
    }

    public func isOverdue(_ action: PlanAction, today: Day) -> Bool {
        action.status != .complete && action.due < today
    }
}
