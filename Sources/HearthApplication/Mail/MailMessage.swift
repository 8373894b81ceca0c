import Foundation

/// One e-mail: plain text, with an optional attachment (the digest's calendar file).
public struct MailMessage: Sendable, Equatable {
    public struct Attachment: Sendable, Equatable {
        public let filename: String
        /// `text/calendar; method=PUBLISH`, say; the charset is always UTF-8.
        public let contentType: String
        public let content: String

        public init(filename: String, contentType: String, content: String) {
            self.filename = filename
            self.contentType = contentType
            self.content = content
        }
    }

    public let to: String
    public let subject: String
    public let text: String
    public let attachment: Attachment?

    public init(to: String, subject: String, text: String, attachment: Attachment? = nil) {
        self.to = to
        self.subject = subject
        self.text = text
        self.attachment = attachment
    }

    /// The message as RFC 5322 text with MIME parts, lines ended by CRLF. Bodies are base64, so
    /// any UTF-8 text travels over a server without 8BITMIME and no body line starts with a dot;
    /// a subject that is not ASCII is an RFC 2047 encoded word.
    public func rendered(from: String, date: Date, messageID: String, boundary: String) -> String {
        var lines = [
            "From: Hearth <\(from)>",
            "To: <\(to)>",
            "Subject: " + Self.headerText(subject),
            "Date: " + Self.rfc5322(date),
            "Message-ID: <\(messageID)>",
            "MIME-Version: 1.0",
            "Auto-Submitted: auto-generated",
        ]
        let text = Self.base64(self.text)
        if let attachment {
            lines += ["Content-Type: multipart/mixed; boundary=\"\(boundary)\"", "",
                      "--\(boundary)", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64", "", text,
                      "--\(boundary)", "Content-Type: \(attachment.contentType); charset=utf-8; name=\"\(attachment.filename)\"",
                      "Content-Disposition: attachment; filename=\"\(attachment.filename)\"", "Content-Transfer-Encoding: base64", "",
                      Self.base64(attachment.content), "--\(boundary)--"]
        } else {
            lines += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64", "", text]
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func base64(_ text: String) -> String {
        Data(text.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
    }

    /// ASCII as it is; anything else as `=?UTF-8?B?…?=` words of at most 45 bytes each, split
    /// between characters (RFC 2047 §2 keeps an encoded word to 75 characters).
    static func headerText(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        guard !flat.unicodeScalars.allSatisfy({ $0.isASCII }) else { return flat }
        var words: [String] = [], chunk = ""
        for c in flat {
            if chunk.utf8.count + String(c).utf8.count > 45 {
                words.append(chunk)
                chunk = ""
            }
            chunk.append(c)
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?UTF-8?B?\(Data($0.utf8).base64EncodedString())?=" }.joined(separator: "\r\n ")
    }

    static func rfc5322(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return f.string(from: date)
    }
}
