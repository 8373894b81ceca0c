import HearthCore
import HearthData
import Foundation

let args = CommandLine.arguments
let la = args.count > 1 ? args[1] : "876"
let t0 = Date()
let stats = try PublishedStatistics.shipped([.childrenInNeed, .referrals, .protectionPlansSubsequent, .protectionPlansDuration, .lookedAfterNumbers, .placementStability, .healthOutcomes, .careLeaversAccommodation, .careLeaversActivity, .workforce, .population])
let t1 = Date()
let profile = try AuthorityProfile.published(la, collectionYear: 2025, statistics: stats)
let t2 = Date()
let data = SyntheticAuthority().generate(profile: profile, collectionYear: 2025, seed: 7)
let t3 = Date()
print("load \(t1.timeIntervalSince(t0)) profile \(t2.timeIntervalSince(t1)) generate \(t3.timeIntervalSince(t2))")
print(profile.name, profile.referrals, profile.lookedAfterAt31March, profile.protectionPlansAt31March, profile.estimated)
print("CIN children", data.cin?.children.count ?? 0, "903 header", data.ssda903?.header.count ?? 0, "episodes", data.ssda903?.episodes.count ?? 0, "prev header", data.ssda903Previous?.header.count ?? 0, "annexA", data.annexA?.rowCount ?? 0, "workers", data.workforce?.workers.count ?? 0)
print("OC3", data.ssda903?.careLeavers.count ?? 0, "OC2", data.ssda903?.healthOutcomes.count ?? 0, "AD1", data.ssda903?.adoptions.count ?? 0, "missing", data.ssda903?.missing.count ?? 0)
let from = Day(year: 2024, month: 4, day: 1)!, to = Day(year: 2025, month: 3, day: 31)!
var open = 0, refs = 0, starts = 0, ceased = 0, s47 = 0, icpc = 0
for c in data.cin?.children ?? [] {
  if c.episodes.contains(where: { ($0.referralDate ?? to) <= to && $0.closureDate == nil }) { open += 1 }
  for e in c.episodes { if let r = e.referralDate, r >= from { refs += 1 }
     for s in e.section47s { if let d = s.startDate, d >= from { s47 += 1 }; if let d = s.dateOfInitialCPC, d >= from { icpc += 1 } }
     for p in e.protectionPlans { if let d = p.startDate, d >= from { starts += 1 } } }
}
var claStart = 0
for e in data.ssda903?.episodes ?? [] { if e.reasonForNewEpisode == "S", let d = e.startDate, d >= from { claStart += 1 }; if let d = e.endDate, d >= from, e.reasonEpisodeCeased != "X1" { ceased += 1 } }
print("CIN open at 31 March", open, "vs", profile.childrenInNeedAt31March, "referrals", refs, "s47", s47, "vs", profile.section47s, "icpc", icpc, "vs", profile.initialConferences, "CP starts", starts, "vs", profile.protectionPlanStarts, "CLA starts", claStart, "vs", profile.lookedAfterStarting, "ceased", ceased, "vs", profile.lookedAfterCeasing)
