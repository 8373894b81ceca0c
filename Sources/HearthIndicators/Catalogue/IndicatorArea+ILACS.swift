import HearthCore

extension IndicatorArea {
    /// The ILACS judgement a self-evaluation files the indicator under. The front door and child
    /// protection are "help and protection"; adoption sits with children in care, as in Ofsted's
    /// judgement of children in care; the workforce is the leaders' (ILACS judges whether leaders
    /// give social workers the capacity and stability to practise well), and so are the local
    /// measures filed under no other area: the measures leaders chose to watch.
    public var ilacsArea: ILACSArea {
        switch self {
        case .frontDoor: .helpAndProtection
        case .childrenInCare: .childrenInCare
        case .careLeavers: .careLeavers
        case .workforce, .local: .impactOfLeaders
        }
    }
}
