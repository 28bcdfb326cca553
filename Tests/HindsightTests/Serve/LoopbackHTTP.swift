import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 client on a raw loopback socket: it sends the request target exactly
/// as written (URLSession would normalise `..` away) and gives up after `timeout`.
///
/// Its blocking socket calls run on a thread of their own: on the test's task they would
/// hold one of the few cooperative threads that the server, in the same process, needs.
struct LoopbackHTTP: Sendable {
    let port: UInt16
    var timeout: TimeInterval = 3

    struct Response: Sendable {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    struct Failure: Error {
        var reason: String
    }

    func get(_ target: String) async throws -> Response {
        try await Self.onOwnThread { try getBlocking(target) }
    }

    /// Opens the event stream and reads until `isDone` accepts what arrived, or the timeout;
    /// `afterConnecting` runs once the first event arrived.
    func readEvents(until isDone: @escaping @Sendable (String) -> Bool,
                    afterConnecting: @escaping @Sendable () throws -> Void) async throws -> String {
        try await Self.onOwnThread { try readEventsBlocking(until: isDone, afterConnecting: afterConnecting) }
    }

    private static func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
        }
    }

    private func getBlocking(_ target: String) throws -> Response {
        let connection = try Connection(port: port, timeout: timeout)
        defer { connection.close() }
        try connection.send("GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        return try Self.parse(connection.readToEnd())
    }

    private func readEventsBlocking(until isDone: (String) -> Bool, afterConnecting: () throws -> Void) throws -> String {
        let connection = try Connection(port: port, timeout: timeout)
        defer { connection.close() }
        try connection.send("GET /__hindsight/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        var received = ""
        var connected = false
        let deadline = Date().addingTimeInterval(timeout)
        while !isDone(received), Date() < deadline {
            guard let chunk = connection.readSome() else { break }
            received += chunk
            if !connected, received.contains("data: ") {
                connected = true
                try afterConnecting()
            }
        }
        return received
    }

    static func parse(_ raw: String) throws -> Response {
        guard let split = raw.range(of: "\r\n\r\n") else { throw Failure(reason: "no response: \(raw)") }
        let head = raw[..<split.lowerBound].split(separator: "\r\n")
        guard let statusLine = head.first, let status = Int(statusLine.split(separator: " ")[1]) else {
            throw Failure(reason: "bad status line: \(raw)")
        }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: String(raw[split.upperBound...]))
    }

    /// A connected TCP socket with a receive timeout.
    struct Connection {
        let descriptor: Int32

        init(port: UInt16, timeout: TimeInterval) throws {
            descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard descriptor >= 0 else { throw Failure(reason: "socket() failed") }
            var wait = timeval(tv_sec: Int(timeout), tv_usec: 0)
            setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = port.bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard connected == 0 else {
                Glibc.close(descriptor)
                throw Failure(reason: "connection refused on port \(port)")
            }
        }

        func send(_ text: String) throws {
            let bytes = Array(text.utf8)
            guard Glibc.send(descriptor, bytes, bytes.count, 0) == bytes.count else { throw Failure(reason: "send failed") }
        }

        /// The next bytes received; nil at the end of the stream or on timeout.
        func readSome() -> String? {
            var buffer = [UInt8](repeating: 0, count: 65_536)
            let count = recv(descriptor, &buffer, buffer.count, 0)
            return count > 0 ? String(decoding: buffer[..<count], as: UTF8.self) : nil
        }

        func readToEnd() -> String {
            var text = ""
            while let chunk = readSome() { text += chunk }
            return text
        }

        func close() { Glibc.close(descriptor) }
    }
}
