import Foundation
import HearthApplication
import Testing

/// Every `HEARTH_` variable is read in one place, and a value Hearth cannot use stops it with the
/// variable named, instead of being ignored as some were before.
@Suite struct HearthSettingsTests {
    @Test func nothingSetGivesTheDefaults() throws {
        let s = try HearthSettings(environment: ["PATH": "/usr/bin", "HOME": "/root"])
        #expect(s == HearthSettings())
        #expect(s.logLevel == .info && s.postgresCopy && !s.publicMetrics && s.trustedProxies.isEmpty)
    }

    @Test func blankValuesCountAsUnset() throws {
        let s = try HearthSettings(environment: ["HEARTH_PDF_PRINTS": "  ", "HEARTH_TRUSTED_PROXIES": "", "HEARTH_LOG_LEVEL": " "])
        #expect(s == HearthSettings())
    }

    @Test func goodValuesAreRead() throws {
        let s = try HearthSettings(environment: [
            "HEARTH_DATABASE_URL": "postgres://h@db/hearth", "HEARTH_DATABASE_POOL": "12", "HEARTH_PDF_PRINTS": "3",
            "HEARTH_PDF_TIMEOUT": "45.5", "HEARTH_UPLOAD_SPOOL_MB": "800", "HEARTH_LOG_LEVEL": "DEBUG",
            "HEARTH_TRUSTED_PROXY_HEADER": "X-Forwarded-For", "HEARTH_TRUSTED_PROXIES": "10.0.0.1, 10.0.0.2,",
            "HEARTH_PUBLIC_METRICS": "yes", "HEARTH_POSTGRES_COPY": "0", "HEARTH_DATA_DIR": "/srv/hearth-data",
        ])
        #expect(s.databaseURL == "postgres://h@db/hearth" && s.databasePool == 12 && s.pdfPrints == 3 && s.pdfTimeout == 45.5)
        #expect(s.uploadSpoolMegabytes == 800 && s.logLevel == .debug && s.trustedProxies == ["10.0.0.1", "10.0.0.2"])
        #expect(s.publicMetrics && !s.postgresCopy && s.dataDirectory == "/srv/hearth-data")
    }

    /// Before, `HEARTH_PDF_PRINTS=two` left two prints and said nothing; each bad value is now
    /// named with what to give, all of them at once.
    @Test func everyBadValueIsNamedAtOnce() {
        let bad = [
            "HEARTH_PDF_PRINTS": "two", "HEARTH_PDF_TIMEOUT": "-5", "HEARTH_DATABASE_POOL": "0",
            "HEARTH_UPLOAD_SPOOL_MB": "lots", "HEARTH_LOG_LEVEL": "loud", "HEARTH_PUBLIC_METRICS": "maybe",
            "HEARTH_CHROMIUM": "/nowhere/chromium",
        ]
        #expect {
            try HearthSettings(environment: bad)
        } throws: { error in
            guard let e = error as? SettingsError else { return false }
            return e.problems.count == bad.count
                && e.problems.contains("HEARTH_PDF_PRINTS=two: give a whole number from 1 to 64")
                && e.problems.contains("HEARTH_PDF_TIMEOUT=-5: give seconds, more than 0 and at most 3600")
                && e.problems.contains("HEARTH_DATABASE_POOL=0: give a whole number from 1 to 1000")
                && e.problems.contains("HEARTH_LOG_LEVEL=loud: give one of trace, debug, info, notice, warning, error, critical")
                && e.problems.contains("HEARTH_PUBLIC_METRICS=maybe: give true or false")
                && e.problems.contains("HEARTH_CHROMIUM=/nowhere/chromium: no program can be run there")
                && e.description.hasPrefix("Hearth's settings cannot be used as they are:\n  - ")
        }
    }

    /// A misspelt name is said with the name meant (a script's own `HEARTH_BIN` must not stop
    /// Hearth, so it is a warning, not a refusal).
    @Test func aMisspeltVariableIsSaidWithTheNameMeant() throws {
        let s = try HearthSettings(environment: ["HEARTH_PDF_PRINT": "4", "HEARTH_BIN": "/x"])
        #expect(s.unknownVariables == ["HEARTH_BIN is not a Hearth setting", "HEARTH_PDF_PRINT is not a Hearth setting (did you mean HEARTH_PDF_PRINTS?)"])
        #expect(s.pdfPrints == nil)
        // The tests' and the fuzzer's own variables are not the product's and are let be.
        let tooling = try HearthSettings(environment: ["HEARTH_TEST_POSTGRES_URL": "postgres://x", "HEARTH_FUZZ_SEED": "1", "HEARTH_REQUIRE_SOFFICE": "1"])
        #expect(tooling.unknownVariables.isEmpty)
    }

    @Test func theMailRelayAndTheDigestTimeAreReadOrRefused() throws {
        let s = try HearthSettings(environment: ["HEARTH_SMTP_URL": "smtp://relay.council.local:2525?from=hearth@council.gov.uk",
                                                 "HEARTH_DIGEST_TIME": "06:30"])
        #expect(s.smtp == SMTPConfiguration(host: "relay.council.local", port: 2525, from: "hearth@council.gov.uk"))
        #expect(s.digestMinute == 6 * 60 + 30)
        #expect(try HearthSettings(environment: [:]).digestMinute == 7 * 60)
        #expect(try HearthSettings(environment: ["HEARTH_DIGEST_TIME": "off"]).digestMinute == nil)
        #expect(try HearthSettings(environment: ["HEARTH_PUBLIC_URL": "https://hearth.council.gov.uk/"]).publicURL == "https://hearth.council.gov.uk")
        #expect(throws: SettingsError.self) { try HearthSettings(environment: ["HEARTH_PUBLIC_URL": "hearth.council.gov.uk"]) }
        // Both wrong at once: both said
        do {
            _ = try HearthSettings(environment: ["HEARTH_SMTP_URL": "smtp://user:pw@relay", "HEARTH_DIGEST_TIME": "25:00"])
            Issue.record("accepted a relay with a password and a time of 25:00")
        } catch {
            #expect(error.problems.count == 2)
            #expect(error.problems.contains { $0.hasPrefix("HEARTH_DIGEST_TIME=25:00") })
        }
    }

    @Test func proxiesWithoutTheHeaderTheyWriteAreRefused() {
        #expect(throws: SettingsError.self) { try HearthSettings(environment: ["HEARTH_TRUSTED_PROXIES": "10.0.0.1"]) }
    }

    /// The README's table of settings is the list the code reads.
    @Test func theReadmeListsEveryVariable() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let listed = Set(readme.split(separator: "\n").filter { $0.hasPrefix("| `HEARTH_") }
            .compactMap { $0.split(separator: "`").dropFirst().first.map(String.init) })
        #expect(listed == Set(HearthSettings.variables.map(\.name)))
    }
}
