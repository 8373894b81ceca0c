import Foundation
import HearthCore

// Annex A and the workforce census.

struct AnnexARecordRow: TableRow {
    static let table = "annex_a_records"
    static let columns = ["submission_id", "seq", "list", "record_id", "gender", "ethnicity", "birth_date", "age",
                          "event_date", "end_date", "fields"]
    let list: Int; let recordId: String; let gender: String?; let ethnicity: String?; let birthDate: String?
    let age: Int?; let eventDate: String?; let endDate: String?; let fields: String

    static func values(_ r: AnnexARecord, submission: Int, seq: Int, encoder: JSONEncoder) throws -> RowValues {
        let json = String(decoding: try encoder.encode(r.fields), as: UTF8.self)
        return [submission, seq, r.list.rawValue, r.id, r.gender, r.ethnicity, SQLValue.day(r.birthDate), r.age,
                SQLValue.day(r.date), SQLValue.day(r.endDate), json]
    }

    func record(decoder: JSONDecoder) throws -> AnnexARecord {
        guard let list = AnnexAList(rawValue: list) else { throw StoreError.corrupt("Annex A list \(self.list)") }
        let fields = try decoder.decode([String: String].self, from: Data(fields.utf8))
        return AnnexARecord(list: list, id: recordId, gender: gender, ethnicity: ethnicity, birthDate: SQLValue.day(birthDate),
                            age: age, date: SQLValue.day(eventDate), endDate: SQLValue.day(endDate), fields: fields)
    }
}

struct WorkerRow: TableRow {
    static let table = "workforce_workers"
    static let columns = ["submission_id", "seq", "worker_id", "is_agency", "fte", "team", "role", "birth_date", "sex",
                          "ethnicity", "role_start_date", "role_end_date", "start_origin", "reason_left",
                          "is_newly_qualified", "cases", "working_days_lost", "absent_at_census", "reason_absent"]
    let workerId: String; let isAgency: Int; let fte: Double; let team: String?; let role: String?
    let birthDate: String?; let sex: String?; let ethnicity: String?; let roleStartDate: String?
    let roleEndDate: String?; let startOrigin: String?; let reasonLeft: String?; let isNewlyQualified: Int?
    let cases: Int?; let workingDaysLost: Double?; let absentAtCensus: Int?; let reasonAbsent: String?

    static func values(_ w: SocialWorker, submission: Int, seq: Int) -> RowValues {
        [submission, seq, w.workerID, w.isAgency ? 1 : 0, w.fte, w.team, w.role, SQLValue.day(w.birthDate), w.sex,
         w.ethnicity, SQLValue.day(w.roleStartDate), SQLValue.day(w.roleEndDate), w.startOrigin, w.reasonLeft,
         SQLValue.flag(w.isNewlyQualified), w.cases, w.workingDaysLost, SQLValue.flag(w.absentAtCensus), w.reasonAbsent]
    }

    var worker: SocialWorker {
        SocialWorker(workerID: workerId, isAgency: isAgency != 0, fte: fte, team: team, role: role,
                     birthDate: SQLValue.day(birthDate), sex: sex, ethnicity: ethnicity,
                     roleStartDate: SQLValue.day(roleStartDate), roleEndDate: SQLValue.day(roleEndDate),
                     startOrigin: startOrigin, reasonLeft: reasonLeft, isNewlyQualified: SQLValue.flag(isNewlyQualified),
                     cases: cases, workingDaysLost: workingDaysLost, absentAtCensus: SQLValue.flag(absentAtCensus),
                     reasonAbsent: reasonAbsent)
    }
}

struct VacancyRow: TableRow {
    static let table = "workforce_vacancies"
    static let columns = ["submission_id", "team", "fte"]
    let team: String
    let fte: Double
}
