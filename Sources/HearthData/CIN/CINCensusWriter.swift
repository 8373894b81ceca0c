import Foundation
import HearthCore

/// Writes a `CINCensus` as CIN census XML in the DfE layout and element order: ISO dates,
/// booleans as `true`/`false`, absent values left out. Streams to a file through a buffer.
///
/// `CINCensusReader` reads the output back to an equal census, provided text values carry no
/// surrounding whitespace and no empty strings (the reader treats both as absent).
public enum CINCensusWriter {
    /// Writes the census to `url`, replacing any file there.
    public static func write(_ census: CINCensus, to url: URL) throws {
        var xml = try XMLWriter(url: url)
        write(census, into: &xml)
        _ = try xml.finish()
    }

    /// The census as XML bytes (tests, downloads of small returns).
    public static func bytes(_ census: CINCensus) -> [UInt8] {
        var xml = XMLWriter()
        write(census, into: &xml)
        // Writing into memory cannot fail.
        return (try? xml.finish()).flatMap { $0 } ?? []
    }

    static func write(_ census: CINCensus, into xml: inout XMLWriter) {
        xml.open("Message")
        header(census.header, &xml)
        xml.open("Children")
        for child in census.children { self.child(child, &xml) }
        xml.close("Children")
        xml.close("Message")
    }

    private static func header(_ h: CINHeader, _ xml: inout XMLWriter) {
        xml.open("Header")
        xml.open("CollectionDetails")
        xml.leaf("Collection", "CIN")
        xml.leaf("Year", h.year)
        xml.leaf("ReferenceDate", h.referenceDate)
        xml.close("CollectionDetails")
        xml.open("Source")
        xml.leaf("SourceLevel", "L")
        xml.leaf("LEA", h.authorityCode)
        xml.leaf("SoftwareCode", h.softwareCode)
        xml.leaf("Release", h.release)
        xml.leaf("SerialNo", h.serialNumber)
        xml.leaf("DateTime", h.dateTime)
        xml.close("Source")
        xml.close("Header")
    }

    private static func child(_ c: CINChild, _ xml: inout XMLWriter) {
        xml.open("Child")
        xml.open("ChildIdentifiers")
        xml.leaf("LAchildID", c.childID)
        xml.leaf("UPN", c.upn)
        xml.leaf("FormerUPN", c.formerUPN)
        xml.leaf("UPNunknown", c.upnUnknown)
        xml.leaf("PersonBirthDate", c.birthDate)
        xml.leaf("ExpectedPersonBirthDate", c.expectedBirthDate)
        // From 2024-25 the census carries `Sex` (M / F / U) where it had `GenderCurrent`.
        xml.leaf("Sex", c.sex)
        xml.leaf("PersonDeathDate", c.deathDate)
        xml.close("ChildIdentifiers")
        xml.open("ChildCharacteristics")
        xml.leaf("Ethnicity", c.ethnicity)
        if !c.disabilities.isEmpty {
            xml.open("Disabilities")
            for d in c.disabilities { xml.leaf("Disability", d) }
            xml.close("Disabilities")
        }
        xml.close("ChildCharacteristics")
        for e in c.episodes { episode(e, &xml) }
        xml.close("Child")
    }

    private static func episode(_ e: CINEpisode, _ xml: inout XMLWriter) {
        xml.open("CINdetails")
        xml.leaf("CINreferralDate", e.referralDate)
        xml.leaf("ReferralSource", e.referralSource)
        xml.leaf("PrimaryNeedCode", e.primaryNeed)
        xml.leaf("CINclosureDate", e.closureDate)
        xml.leaf("ReasonForClosure", e.reasonForClosure)
        xml.leaf("DateOfInitialCPC", e.dateOfInitialCPC)
        xml.leaf("ReferralNFA", e.referralNFA)
        for a in e.assessments {
            xml.open("Assessments")
            xml.leaf("AssessmentActualStartDate", a.startDate)
            xml.leaf("AssessmentInternalReviewDate", a.internalReviewDate)
            xml.leaf("AssessmentAuthorisationDate", a.authorisationDate)
            if !a.factors.isEmpty {
                xml.open("FactorsIdentifiedAtAssessment")
                for f in a.factors { xml.leaf("AssessmentFactors", f) }
                xml.close("FactorsIdentifiedAtAssessment")
            }
            xml.close("Assessments")
        }
        for p in e.cinPlans {
            xml.open("CINPlanDates")
            xml.leaf("CINPlanStartDate", p.startDate)
            xml.leaf("CINPlanEndDate", p.endDate)
            xml.close("CINPlanDates")
        }
        for s in e.section47s {
            xml.open("Section47")
            xml.leaf("S47ActualStartDate", s.startDate)
            xml.leaf("InitialCPCtarget", s.initialCPCTarget)
            xml.leaf("DateOfInitialCPC", s.dateOfInitialCPC)
            xml.leaf("ICPCnotRequired", s.icpcNotRequired)
            xml.close("Section47")
        }
        for p in e.protectionPlans {
            xml.open("ChildProtectionPlans")
            xml.leaf("CPPstartDate", p.startDate)
            xml.leaf("CPPendDate", p.endDate)
            xml.leaf("InitialCategoryOfAbuse", p.initialCategory)
            xml.leaf("LatestCategoryOfAbuse", p.latestCategory)
            xml.leaf("NumberOfPreviousCPP", p.numberOfPreviousPlans)
            if !p.reviewDates.isEmpty {
                xml.open("Reviews")
                for d in p.reviewDates { xml.leaf("CPPreviewDate", d) }
                xml.close("Reviews")
            }
            xml.close("ChildProtectionPlans")
        }
        xml.close("CINdetails")
    }
}
