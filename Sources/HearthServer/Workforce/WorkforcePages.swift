import HearthApplication

/// What the workforce, team, campaigns and sufficiency pages show.
enum WorkforcePages {
    struct MeasureRow {
        let title: String
        let value: String
        /// The target (set in Hearth, else England's figure) and the RAG against it.
        let target: String
        let targetHref: String
        let ragClass: String
        /// nil when there is no RAG (no target, or a measure read in context).
        let ragLabel: String?
        /// Over the year to the as-at day ("Improving"; "–" with no year before).
        let direction: String
        let detail: String
        let published: String
        let england: String
        let region: String
        let neighbourMean: String
        let neighbourMedian: String
    }

    struct TeamRow {
        let name: String
        let href: String
        let kind: String
        let establishment: String
        let inPost: String
        let agency: String
        let vacancy: String
        let absent: String
        let gap: String
        let caseload: String
        let target: String
        let overTarget: Bool
    }

    struct TrendRow {
        let month: String
        let inPost: String
        let agency: String
        let vacancy: String
        let absent: String
    }

    struct Overview {
        let page: PageChrome
        let hasData: Bool
        /// The workforce's own measures (not DfE's) against the targets set for them.
        var ownTargets: [TargetRow] = []
        let source: String
        let asAt: String
        let benchmarkYear: String
        let regionName: String
        let measures: [MeasureRow]
        let gapVacancy: String
        let gapAbsent: String
        let gapAgency: String
        let gap: String
        /// "6.0% of the 500.0 FTE established posts", when the establishment is known.
        let gapShare: String?
        let teams: [TeamRow]
        let nqsw: [String]
        let costLines: [String]
        let trend: [TrendRow]
        let trendChart: String
        /// The workforce profile: seniority, conversions, leavers, age and ethnicity, routes in, caseloads by job.
        let profile: Profile?
    }

    struct Profile {
        let seniority: [WorkforceProfileFigures.Seniority]
        let conversions: String
        let leavers: String
        let leaverReasons: [WorkforceProfileFigures.Group]
        let leaverService: [WorkforceProfileFigures.Group]
        let averageService: String
        let inPost: String
        let ages: [WorkforceProfileFigures.Group]
        let ethnicity: [WorkforceProfileFigures.Ethnicity]
        let populationArea: String
        let englandNote: String
        let trainees: [WorkforceProfileFigures.Trainees]
        let caseloads: [WorkforceProfileFigures.Caseload]
    }

    struct Team {
        let page: PageChrome
        let team: TeamRow
        let caseHolders: String
        /// "c" for board members, viewers and secretaries when 1 to 5 children (or hidden beside one).
        let cases: String
        let agencyCovering: String
    }

    struct Stage {
        let name: String
        let count: Int
        let conversion: String
    }

    struct Funnel {
        let name: String
        let opened: String
        let closed: String
        let openedISO: String
        let closedISO: String
        let stages: [Stage]
        let applications: Int
        let shortlisted: Int
        let interviewed: Int
        let offered: Int
        let appointed: Int
        let stillInPost: String
    }

    struct Campaigns {
        let page: PageChrome
        let campaigns: [Funnel]
        let canEdit: Bool
        let openedInput = DateInput("opened", id: "copened", label: "Opened")
        let closedInput = DateInput("closed", id: "cclosed", label: "Closed")
    }

    struct GroupRow {
        let title: String
        let children: String
        let share: String
        let weekly: String
        /// "c" where 1 to 5; shown to child-level roles only (its total would give a hidden one away).
        let unpriced: String
    }

    struct CostRow {
        let placement: String
        let provider: String
        let weekly: String
        let note: String
    }

    struct HighCostRow {
        let child: String
        let group: String
        let weekly: String
        let since: String
    }

    struct TargetRow {
        let title: String
        let value: String
        let target: String
        let href: String
        /// nil when no target is set (Mustache reads an empty string as true).
        let rag: String?
        let ragClass: String
        /// Over the year (the workforce's own measures; the placements figures have none).
        var direction: String? = nil
    }

    struct Sufficiency {
        let page: PageChrome
        let hasData: Bool
        /// The placements figures against the targets set in Hearth.
        var targets: [TargetRow] = []
        let asAt: String
        let ownCosts: Bool
        let lookedAfter: String
        let groups: [GroupRow]
        let distant: String
        let unregistered: String
        let highCostCount: String
        let threshold: String
        let weeklyCommitment: String
        let averageWeekly: String
        let spentToDate: String
        let projectedYear: String
        let yearEnd: String
        let unpriced: String
        let costs: [CostRow]
        let canEdit: Bool
        let childLevel: Bool
        let showHighCost: Bool
        let highCost: [HighCostRow]
    }
}
