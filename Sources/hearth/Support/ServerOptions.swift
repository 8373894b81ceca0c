import ArgumentParser
import HearthApplication
import HearthCore
import HearthServer

/// The web server's flags, shared by `serve` and `demo`.
struct ServerOptions: ParsableArguments {
    @Option(help: "Port to listen on.") var port: Int = 8080
    @Option(help: "Address to listen on (0.0.0.0 for every interface).") var host: String = "127.0.0.1"
    @Option(help: "Seconds an upload waits for its import before showing its progress page.") var uploadWait: Double = 2
    @Flag(help: "Send cookies without Secure, for plain-HTTP testing away from localhost only.") var insecureCookies = false
    @OptionGroup var costs: CostRateOptions

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be 1 to 65535") }
    }

    func configuration() throws -> ServerConfiguration {
        var c = ServerConfiguration(settings: try HearthSettings.process())
        c.port = port
        c.host = host
        c.uploadWait = max(0, uploadWait)
        c.insecureCookies = insecureCookies
        c.workforceRates = costs.rates
        return c
    }
}
