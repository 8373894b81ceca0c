import Foundation
import HearthCore
import HearthData

/// Every reader a user's file reaches, as fuzz targets. Each runs the reader the way the server
/// and the CLI do (from bytes in memory), then touches what it returned, so a result that is
/// built lazily is built.
enum FuzzTargets {
    static let all: [FuzzTarget] = [cin, ssda903CSV, ssda903XML, annexACSV, annexAWorkbook, workforceCSV,
                                    staffingCSV, published, planCSV, sniffer]

    static func named(_ name: String) -> FuzzTarget? { all.first { $0.name == name } }

    static let cin = FuzzTarget(
        name: "cin", corpusFolders: ["Corpus/cin"], extensions: ["xml"], shape: .text,
        tokens: ["<Message>", "</Message>", "<Header>", "<Children>", "<Child>", "</Child>", "<ChildIdentifiers>",
                 "<LAchildID>", "<CINdetails>", "<CINreferralDate>", "<Assessments>", "<CINPlanDates>",
                 "<ChildProtectionPlans>", "<Section47>", "<ReferralNFA>", "<![CDATA[", "]]>", "<!--", "-->",
                 "<?xml version=\"1.0\"?>", "<!DOCTYPE x [<!ENTITY a \"b\">]>", "&#x10FFFF;", "&#0;", "&lt;", "cin:"]
    ) { bytes in
        let r = CINCensusReader.read(bytes: bytes, fileName: "fuzz.xml")
        _ = r.census?.children.count
        return r.isRejected ? .refused : .read
    }

    static let ssda903CSV = FuzzTarget(
        name: "ssda903-csv", corpusFolders: ["Corpus/ssda903"], extensions: ["csv"], shape: .text,
        tokens: ["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE",
                 "HOME_POST", "PL_POST", "URN", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB", "REVIEW",
                 "REVIEW_CODE", "MIS_START", "MIS_END", "\"\"", "\",\""]
    ) { bytes in
        let file = SSDA903TableReader.read(bytes: bytes, name: "fuzz.csv")
        // The assembler's cross-table checks run on every table a folder gives it.
        let assembled = SSDA903Assembler().assemble([file])
        _ = assembled.current?.episodes.count
        return file.rows == nil ? .refused : .read
    }

    static let ssda903XML = FuzzTarget(
        name: "ssda903-xml", corpusFolders: [], extensions: ["xml"], shape: .text,
        tokens: ["<EXPSSDA903>", "</EXPSSDA903>", "<CHILD>", "</CHILD>", "<HEADER>", "<EPISODE>", "<CHILDID>",
                 "<DECOM>", "<AREVIEW>", "<Message>", "<Children>", "<Child>", "<Episode>", "<Year>", "<![CDATA["]
    ) { bytes in
        let r = SSDA903XMLReader.read(bytes: bytes, fileName: "fuzz.xml")
        return r.ssda903 == nil ? .refused : .read
    }

    static let annexACSV = FuzzTarget(
        name: "annexa-csv", corpusFolders: ["Corpus/annexa"], extensions: ["csv"], shape: .text,
        tokens: ["Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)",
                 "Date of Contact", "Contact Source", "Referral Date", "Allocated Team", "Allocated Worker"]
    ) { bytes in
        let r = AnnexACSVReader.read(bytes: bytes, fileName: "fuzz.csv")
        return r.hasFatal ? .refused : .read
    }

    static let annexAWorkbook = FuzzTarget(
        name: "annexa-xlsx", corpusFolders: ["Corpus/annexa"], extensions: ["xlsx"], shape: .workbook,
        tokens: ["<row r=\"1\">", "<c r=\"A1\" t=\"s\">", "<c t=\"inlineStr\"><is><t>", "</t></is></c>", "<v>",
                 "</v>", "<si><r><t xml:space=\"preserve\">", "x:", "r:id=\"rId1\"", "s=\"1\"", "t=\"d\"",
                 "<c r=\"XFD1048576\">", "<c r=\"ZZZ9999999\">", "numFmtId=\"14\"", "formatCode=\"dd/mm/yyyy\""]
    ) { bytes in
        let r = AnnexAWorkbookReader.read(data: Data(bytes), fileName: "fuzz.xlsx")
        return r.hasFatal ? .refused : .read
    }

    static let workforceCSV = FuzzTarget(
        name: "workforce-csv", corpusFolders: [], extensions: ["csv"], shape: .text,
        tokens: WorkforceColumns.workerHeadings + WorkforceColumns.vacancyHeadings + ["SWENo", "Vacancies"]
    ) { bytes in
        let r = WorkforceCSVReader.read(bytes: bytes, fileName: "fuzz.csv")
        return r.hasFatal ? .refused : .read
    }

    static let staffingCSV = FuzzTarget(
        name: "staffing-csv", corpusFolders: [], extensions: ["csv"], shape: .text,
        tokens: StaffingColumns.staffHeadings + StaffingColumns.teamHeadings + StaffingColumns.campaignHeadings
            + StaffingColumns.costHeadings
    ) { bytes in
        // The sniffer sends a file to one of four readers by its headings; running all four
        // means a mutant that moves a heading still reaches the reader it now matches.
        let refused = [StaffCSVReader.read(bytes: bytes, fileName: "fuzz.csv").hasFatal,
                       TeamCSVReader.read(bytes: bytes, fileName: "fuzz.csv").hasFatal,
                       CampaignCSVReader.read(bytes: bytes, fileName: "fuzz.csv").hasFatal,
                       PlacementCostCSVReader.read(bytes: bytes, fileName: "fuzz.csv").hasFatal]
        return refused.allSatisfy { $0 } ? .refused : .read
    }

    static let published = FuzzTarget(
        name: "published-csv", corpusFolders: [], extensions: ["csv"], shape: .text,
        tokens: ["time_period", "geographic_level", "old_la_code", "region_code", "National", "Regional",
                 "Local authority", "202425", "measure", "year", "la_code", "value", "c", "x", "z", "k", "low", "u"]
    ) { bytes in
        var read = false
        if let table = try? PublishedTable(name: "fuzz.csv", reader: CSVReader(bytes: bytes)) {
            read = true
            _ = PublishedFile.recognise(table)
            for level in [GeographicLevel.national, .regional, .localAuthority] {
                _ = table.rows(level: level, code: "876", year: 2025)
            }
        }
        if let lait = try? LAITStatistics(long: CSVReader(bytes: bytes), dictionary: CSVReader(text: laitDictionary)) {
            read = true
            _ = lait.years("CP_conf_15days")
            _ = lait.value("CP_conf_15days", level: .localAuthority, area: "876", year: 2025)
        }
        return read ? .read : .refused
    }

    /// A small LAIT measure dictionary, so the long table's values are read with their rounding.
    static let laitDictionary = """
        Measure_code,Topic,Measure,Measure_short,Polarity,dps,Year_Type,Description
        218,Child Protection,ICPCs within 15 days,CP_conf_15days,High,NA,Financial Year,Conferences
        217,Child Protection,s47 rate,Section_47,-,1,Financial Year,Rate per 10000
        """

    static let planCSV = FuzzTarget(
        name: "plan-csv", corpusFolders: [], extensions: ["csv"], shape: .text,
        tokens: PlanCSV.columns + PlanAction.Status.allCases.map(\.rawValue) + ["red", "amber", "green", ";"]
    ) { bytes in
        (try? PlanCSV.nextVersion(data: Data(bytes), file: "plan.csv", title: "Plan", after: nil)) == nil ? .refused : .read
    }

    /// The first look at every file of a folder: what kind of return it is.
    static let sniffer = FuzzTarget(
        name: "sniffer", corpusFolders: ["Corpus/cin", "Corpus/ssda903", "Corpus/annexa"], extensions: ["csv", "xml"],
        shape: .text, tokens: []
    ) { bytes in
        switch ReturnFileSniffer.classify(prefix: bytes, name: "fuzz") {
        case .kind: .read
        case .rejected, .ignored: .refused
        }
    }
}
