import ArgumentParser
import HearthCore

/// `--permanent-cost` and `--agency-cost`: what a social worker FTE costs a year, for every
/// command that prices the workforce.
struct CostRateOptions: ParsableArguments {
    @Option(help: "Annual cost of a permanent social worker FTE, pounds (the workforce cost).") var permanentCost: Double = WorkforceCostRates.illustrative.permanentPerFTE
    @Option(help: "Annual cost of an agency social worker FTE, pounds.") var agencyCost: Double = WorkforceCostRates.illustrative.agencyPerFTE

    func validate() throws {
        guard permanentCost > 0, agencyCost > 0 else { throw ValidationError("--permanent-cost and --agency-cost must be more than 0") }
    }

    var rates: WorkforceCostRates { WorkforceCostRates(permanentPerFTE: permanentCost, agencyPerFTE: agencyCost) }
}
