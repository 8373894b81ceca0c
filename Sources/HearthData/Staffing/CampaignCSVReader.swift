import Foundation
import HearthCore

/// Reads the recruitment CSV: one row per campaign with the number reaching each stage.
public enum CampaignCSVReader {
    static let table = StaffingCSVTable(what: "recruitment", columns: StaffingColumns.campaignHeadings,
                                        required: StaffingColumns.campaignRequired)

    public static func read(url: URL, fileName: String? = nil) -> StaffingFileResult<RecruitmentCampaign> {
        table.collect(url: url, fileName: fileName, add)
    }

    public static func read(bytes: [UInt8], fileName: String) -> StaffingFileResult<RecruitmentCampaign> {
        table.collect(bytes: bytes, fileName: fileName, add)
    }

    private static func add(_ d: FieldDecoder, _ log: inout ProblemLog, _ rows: inout [RecruitmentCampaign]) {
        let C = StaffingColumns.self
        guard let name = StaffingCSVTable.required(d.text(C.campaign), d, C.campaign, &log) else { return }
        guard let opened = d.day(C.opened, &log) else {
            if d.text(C.opened) == nil { log.add(.error, line: d.line, field: C.opened, "blank; row left out") }
            return
        }
        let closed = d.day(C.closed, &log)
        if let closed, closed < opened {
            log.add(.warning, line: d.line, field: C.closed, "closed \(closed.iso) before it opened \(opened.iso)")
        }
        let stages = [C.applications, C.shortlisted, C.interviewed, C.offered, C.appointed]
        var counts: [Int] = []
        for stage in stages {
            guard let n = d.int(stage, &log, range: 0...100_000) else {
                if d.text(stage) == nil { log.add(.error, line: d.line, field: stage, "blank; row left out") }
                return
            }
            counts.append(n)
        }
        let retained = d.int(C.inPost12Months, &log, range: 0...100_000)
        // Each stage is a subset of the one before: more at a later stage is a typing slip.
        for i in 1..<counts.count where counts[i] > counts[i - 1] {
            log.add(.warning, line: d.line, field: stages[i], "\(counts[i]) is more than \(stages[i - 1]) (\(counts[i - 1]))")
        }
        if let retained, retained > counts[4] {
            log.add(.warning, line: d.line, field: C.inPost12Months, "\(retained) is more than appointed (\(counts[4]))")
        }
        rows.append(RecruitmentCampaign(name: name, opened: opened, closed: closed, applications: counts[0],
                                        shortlisted: counts[1], interviewed: counts[2], offered: counts[3],
                                        appointed: counts[4], stillInPostAfter12Months: retained))
    }
}
