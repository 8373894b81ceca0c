import HearthCore
import HearthIndicators
import HearthReports

/// Local measures in the pack. One filed under an area is in that area's section with the
/// returns' indicators (the indicator sections read every summary of their area); a workforce
/// one follows the census measures; the rest have a section of their own, left out when there are none.
extension BoardPackBuilder {
    func localMeasures() -> PackSectionContent? {
        guard inputs.summaries.contains(where: { $0.definition.area == .local }) else { return nil }
        return indicatorSection(.localMeasures, area: .local, intro: [
            .paragraph("Measures the council keeps beside the statutory returns, entered in Hearth by their owners."),
        ])
    }

    /// A section with the local measures of `area` after it: their scorecard and the charts of
    /// those that need attention, the detail in its appendix.
    func withLocalMeasures(_ content: PackSectionContent, area: IndicatorArea) -> PackSectionContent {
        guard inputs.summaries.contains(where: { $0.definition.area == area && $0.definition.source == .local }) else { return content }
        let local = indicatorSection(content.kind, area: area, intro: [.subheading("Local measures")])
        var out = content
        out.blocks += local.blocks
        out.appendix += local.appendix
        return out
    }
}
