import Foundation

/// Who signed off a meeting's draft pack, and when: what a manager vouches for before issue.
public struct PackSignOff: Sendable, Equatable {
    public let meetingID: String
    public let by: String
    public let at: Date

    public init(meetingID: String, by: String, at: Date) {
        self.meetingID = meetingID
        self.by = by
        self.at = at
    }
}

/// One issued version of a meeting's pack, frozen: its files exactly as they went out.
public struct IssuedPack: Sendable, Equatable {
    /// Who issued it, when, on whose sign-off, and why (a re-issue says what changed).
    public struct Record: Sendable, Equatable {
        public let meetingID: String
        public let version: Int
        public let signOff: PackSignOff
        public let issuedBy: String
        public let issuedAt: Date
        public let reason: String
        /// The latest day the pack's figures describe, as stated in it.
        public let dataTo: String
        public let sha256: [String: String]

        public init(meetingID: String, version: Int, signOff: PackSignOff, issuedBy: String, issuedAt: Date, reason: String,
                    dataTo: String, sha256: [String: String]) {
            self.meetingID = meetingID
            self.version = version
            self.signOff = signOff
            self.issuedBy = issuedBy
            self.issuedAt = issuedAt
            self.reason = reason
            self.dataTo = dataTo
            self.sha256 = sha256
        }
    }

    public let record: Record
    /// The files by format (`html`, `docx`, `json`, and `pdf` when Chromium printed one).
    public let files: [String: Data]

    public init(record: Record, files: [String: Data]) {
        self.record = record
        self.files = files
    }
}
