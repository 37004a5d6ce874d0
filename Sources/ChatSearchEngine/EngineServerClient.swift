import ChatSearchCore
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One llama-server reached over HTTP(S) with Foundation's URLSession: the few endpoints ChatSearch
/// uses (`/health`, `/props`, `/v1/models`, `/tokenize`, `/embeddings`), called synchronously from the
/// worker threads of `ServerEmbedder`. The bearer token goes into the `Authorization` header only.
public final class EngineServerClient: @unchecked Sendable {
    public let url: URL
    /// host:port, for messages and the progress line.
    public let label: String
    private let token: String?
    private let session: URLSession

    public init(url: URL, token: String?, timeout: TimeInterval) {
        self.url = url
        self.token = token
        let host = url.host ?? url.absoluteString
        self.label = url.port.map { "\(host):\($0)" } ?? host
        let config = URLSessionConfiguration.ephemeral
        config.timeoutIntervalForRequest = timeout
        config.timeoutIntervalForResource = timeout
        config.httpMaximumConnectionsPerHost = 16
        session = URLSession(configuration: config)
    }

    deinit { session.invalidateAndCancel() }

    /// What went wrong on one request: a transport fault (down, refused, timed out) or an HTTP error.
    public struct RequestError: Error, CustomStringConvertible {
        public var status: Int?
        public var detail: String
        public var description: String { status.map { "HTTP \($0): \(detail)" } ?? detail }
    }

    public func get(_ path: String) throws -> Data { try send(path, body: nil) }

    public func post(_ path: String, json: Any) throws -> Data {
        try send(path, body: try JSONSerialization.data(withJSONObject: json))
    }

    private func send(_ path: String, body: Data?) throws -> Data {
        var request = URLRequest(url: url.appendingPathComponent(path))
        request.httpMethod = body == nil ? "GET" : "POST"
        if let body {
            request.httpBody = body
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: Result<Data, RequestError> = .failure(RequestError(detail: "no answer"))
        let task = session.dataTask(with: request) { data, response, error in
            if let error {
                result = .failure(RequestError(detail: error.localizedDescription))
            } else if let http = response as? HTTPURLResponse, !(200..<300).contains(http.statusCode) {
                result = .failure(RequestError(status: http.statusCode, detail: Self.errorMessage(data)))
            } else {
                result = .success(data ?? Data())
            }
            done.signal()
        }
        task.resume()
        done.wait()
        return try result.get()
    }

    /// llama-server's error body is {"error": {"message": ...}}; anything else is shown shortened.
    static func errorMessage(_ data: Data?) -> String {
        guard let data, !data.isEmpty else { return "empty answer" }
        if let o = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
           let e = o["error"] as? [String: Any], let m = e["message"] as? String {
            return TerminalText.safe(String(m.prefix(300)))
        }
        return TerminalText.safe(String(decoding: data.prefix(200), as: UTF8.self))
    }

    // MARK: - endpoints

    public func tokenize(_ text: String) throws -> [Int32] {
        let data = try post("tokenize", json: ["content": text, "add_special": false, "parse_special": false])
        struct Answer: Decodable { var tokens: [Int32] }
        return try JSONDecoder().decode(Answer.self, from: data).tokens
    }

    /// Token embeddings of each sequence (token ids in), as `--pooling none` returns them: one
    /// unnormalised row per input token.
    public func embed(_ sequences: [[Int32]], dimensions: Int) throws -> [TokenEmbeddings] {
        let data = try post("embeddings", json: ["input": sequences.map { $0.map(Int.init) }])
        struct Item: Decodable { var index: Int; var embedding: [[Float]] }
        let items: [Item]
        do { items = try JSONDecoder().decode([Item].self, from: data) } catch {
            throw RequestError(detail: "the answer to /embeddings is not a list of token embeddings")
        }
        guard items.count == sequences.count else {
            throw RequestError(detail: "/embeddings answered \(items.count) sequences for \(sequences.count)")
        }
        var out = [TokenEmbeddings?](repeating: nil, count: sequences.count)
        for item in items {
            guard (0..<sequences.count).contains(item.index) else { throw RequestError(detail: "/embeddings answered index \(item.index)") }
            let n = sequences[item.index].count
            guard item.embedding.count == n else {
                throw ServerEngineError.pooled(label, rows: item.embedding.count, tokens: n)
            }
            var values: [Float] = []
            values.reserveCapacity(n * dimensions)
            for row in item.embedding {
                guard row.count == dimensions else { throw ServerEngineError.dimensions(label, got: row.count, expected: dimensions) }
                values.append(contentsOf: row)
            }
            out[item.index] = TokenEmbeddings(count: n, dimensions: dimensions, values: values)
        }
        return out.map { $0! }
    }
}
