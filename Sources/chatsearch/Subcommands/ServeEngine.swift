import ArgumentParser
import ChatSearchKit

struct ServeEngineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve-engine",
        abstract: "Start llama-server for a model, ready for `--engine URL` on this or another machine.",
        discussion: """
        Runs llama.cpp's own server (built by `make setup`) with token embeddings (--embeddings --pooling \
        none), sequence slots as long as the context ChatSearch encodes at once and its batch size. Other \
        runs then encode on it: `chatsearch index ~/chats --engine http://HOST:PORT[,http://HOST2:PORT]`. \
        It listens on \(Configuration.Defaults.serveHost) unless --host says otherwise; put it behind a TLS \
        proxy with a token to reach it over a network. See docs/engine-servers.md.
        """
    )

    @OptionGroup var model: ModelOptions

    @Option(help: "Address to listen on.")
    var host: String = Configuration.Defaults.serveHost

    @Option(help: "Port to listen on.")
    var port: Int = Configuration.Defaults.servePort

    @Flag(name: .customLong("print"), help: "Print the llama-server command line instead of running it.")
    var printOnly = false

    func validate() throws {
        if !(1...65535).contains(port) { throw ValidationError("--port must be between 1 and 65535") }
    }

    func run() throws {
        var settings = try model.settings()
        settings.servers = []
        if printOnly {
            try EngineServe.print(settings, host: host, port: port)
        } else {
            try EngineServe.exec(settings, host: host, port: port)
        }
    }
}
