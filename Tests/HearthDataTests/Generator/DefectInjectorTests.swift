import Testing
import HearthCore
@testable import HearthData

@Suite struct DefectInjectorTests {
    @Test func injectsAboutTheRateAndRecordsEachDefect() throws {
        // Given a clean generated authority
        let clean = try #require(GeneratorFixtures.halton)
        let units = (clean.cin?.children.count ?? 0) + (clean.ssda903?.episodes.count ?? 0)

        // When defects are injected at 2%
        let (dirty, defects) = DefectInjector(rate: 0.02, seed: 5).inject(into: clean)

        // Then about 2% of records carry one, each recorded against a real child
        let expected = Double(units) * 0.02
        #expect(Double(defects.count) > expected * 0.6 && Double(defects.count) < expected * 1.4)
        let ids = Set(clean.cin?.children.map(\.childID) ?? [])
        #expect(defects.allSatisfy { ids.contains($0.childID) && !$0.field.isEmpty && !$0.description.isEmpty })
        #expect(dirty != clean)
        #expect(Set(defects.map(\.kind)).count >= 6)
    }

    @Test func injectedDefectsAreVisibleInTheData() throws {
        // Given a clean generated authority
        let clean = try #require(GeneratorFixtures.halton)

        // When defects are injected at a high rate
        let (dirty, defects) = DefectInjector(rate: 0.2, seed: 11).inject(into: clean)
        let cin = try #require(dirty.cin), episodes = try #require(dirty.ssda903?.episodes)

        // Then the data shows them
        let duplicates = defects.filter { $0.kind == .duplicateRow }.count
        #expect(episodes.count == (clean.ssda903?.episodes.count ?? 0) + duplicates)
        let invalid = cin.children.flatMap(\.episodes).filter { $0.primaryNeed == "Z9" }.count
            + episodes.filter { $0.placement == "Z9" }.count
        #expect(invalid == defects.filter { $0.kind == .invalidCode }.count)
        let noReason = cin.children.filter { $0.upn == nil && $0.upnUnknown == nil }.count
        #expect(noReason == defects.filter { $0.kind == .missingUPNWithoutReason }.count)
        let bornLate = cin.children.filter { c in
            guard let b = c.birthDate else { return false }
            return c.episodes.contains { ($0.referralDate.map { b > $0 }) ?? false }
        }.count
        #expect(bornLate >= defects.filter { $0.kind == .birthAfterReferral }.count)
        #expect(episodes.contains { e in (e.endDate.map { d in (e.startDate.map { d < $0 }) ?? false }) ?? false })
    }

    @Test func sameSeedInjectsTheSameDefects() throws {
        let clean = try #require(GeneratorFixtures.halton)
        let a = DefectInjector(rate: 0.05, seed: 3).inject(into: clean)
        let b = DefectInjector(rate: 0.05, seed: 3).inject(into: clean)
        #expect(a.defects == b.defects)
        #expect(a.dataset == b.dataset)
    }
}
