import Testing
@testable import HearthIndicators

@Suite struct TargetSetTests {
    let catalogue = IndicatorCatalogue.standard
    var icpc: IndicatorDefinition { catalogue.measure("icpc_15wd")!.definition }
    var rereferrals: IndicatorDefinition { catalogue.measure("rereferrals_12m")!.definition }
    var referralRate: IndicatorDefinition { catalogue.measure("referrals_rate")!.definition }

    @Test func defaultsComeFromTheNationalFigure() {
        // England 2024-25: ICPC within 15 working days 81.4%; re-referrals 22.6%.
        let targets = TargetSet.defaults(national: ["icpc_15wd": 81.4, "rereferrals_12m": 22.6, "referrals_rate": 519],
                                         label: "England 2024-25")
        #expect(targets["icpc_15wd"]?.tolerance == 2)
        #expect(targets["referrals_rate"] == nil)  // context measures have no target
        // Higher is better for ICPCs: 82 green, 80 amber (1.4 short), 79 red (2.4 short).
        #expect(targets.status(of: 82, for: icpc) == .green)
        #expect(targets.status(of: 80, for: icpc) == .amber)
        #expect(targets.status(of: 79, for: icpc) == .red)
        // Lower is better for re-referrals.
        #expect(targets.status(of: 20, for: rereferrals) == .green)
        #expect(targets.status(of: 24, for: rereferrals) == .amber)
        #expect(targets.status(of: 25, for: rereferrals) == .red)
        #expect(targets.status(of: nil, for: icpc) == .neutral)
        #expect(targets.status(of: 600, for: referralRate) == .neutral)
    }

    @Test func localTargetsOverrideDefaults() throws {
        let local = try TargetSet(csv: "id,target,tolerance,source\n# plan target\nicpc_15wd,90,5,improvement plan\n",
                                  knownIDs: Set(catalogue.definitions.map(\.id)))
        let merged = TargetSet.defaults(national: ["icpc_15wd": 81.4], label: "England").overriding(with: local)
        #expect(merged["icpc_15wd"]?.target == 90)
        #expect(merged.status(of: 86, for: icpc) == .amber)
    }

    @Test func badTargetFilesSayWhichLine() {
        #expect(throws: TargetFileError.badLine(2, "unknown indicator id \"nope\"")) {
            try TargetSet(csv: "id,target,tolerance\nnope,1,1\n", knownIDs: ["icpc_15wd"])
        }
        #expect(throws: TargetFileError.badLine(3, "target \"high\" is not a number")) {
            try TargetSet(csv: "id,target,tolerance\nicpc_15wd,80,2\nicpc_15wd,high,2\n", knownIDs: ["icpc_15wd"])
        }
    }

    @Test func directionOfTravelFollowsPolarity() {
        let targets = TargetSet.defaults(national: ["icpc_15wd": 81.4, "rereferrals_12m": 22.6], label: "England")
        #expect(targets.direction(of: [70, 75, 80], for: icpc) == .improving)
        #expect(targets.direction(of: [80, 80.5], for: icpc) == .stable)
        #expect(targets.direction(of: [20, 25], for: rereferrals) == .declining)
        #expect(targets.direction(of: [25, nil, 20], for: rereferrals) == .improving)
        #expect(targets.direction(of: [25], for: rereferrals) == .notApplicable)
    }
}
