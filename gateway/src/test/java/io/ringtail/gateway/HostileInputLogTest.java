package io.ringtail.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #23's seventh reproduction: the hostile requests of {@link HostileInputTest}, each sent many times to
 * a real server in its own JVM, leave no stack trace in its output, never the query string (where a client
 * may wrongly put a secret), and only a few lines in all.
 */
class HostileInputLogTest {
    private static final String SECRET = "rt_leaked-secret-4711";
    private static final int ROUNDS = 40;
    private static final int MAX_LOG_BYTES = 4_096;

    @TempDir
    Path dir;

    @Test
    void shouldLogNoStackTraceNoQueryStringAndLittleAtAll() throws Exception {
        try (ChildGateway child = ChildGateway.start(dir.resolve("data"))) {
            int port = child.port();
            String key = child.firstKey();
            String head = "Host: 127.0.0.1\r\nAuthorization: Bearer " + key + "\r\n";
            String q = "?token=" + SECRET;
            String[] requests = {
                "GET /accounts/%zz" + q + " HTTP/1.1\r\n" + head + "\r\n",
                "GET /orders/%" + q + " HTTP/1.1\r\n" + head + "\r\n",
                "GET /orders/1" + q + "&x=%zz HTTP/1.1\r\n" + head + "\r\n",
                "POST /orders" + q + "&x=%zz HTTP/1.1\r\n" + head
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 3\r\n\r\na=b",
                "GET /instruments" + q + " HTTP/1.1\r\n" + head
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 3\r\n\r\na=b",
                "PROPFIND /instruments" + q + " HTTP/1.1\r\n" + head
                    + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 3\r\n\r\na=b",
                "POST /orders" + q + " HTTP/1.1\r\n" + head
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
                "GET /instruments" + q + " HTTP/9.9\r\n" + head + "\r\n",
                "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
            };
            int before = child.output().length();
            for (int round = 0; round < ROUNDS; round++) {
                for (String request : requests) {
                    RawHttp.exchange(port, request, HostileInputTest.DEADLINE_MILLIS);
                }
            }
            Thread.sleep(500);
            String log = child.output().substring(before);
            assertFalse(log.contains("\tat ") || log.contains("Unhandled") || log.contains("Exception:"),
                "a stack trace or an exception's text in the log:\n" + log);
            assertFalse(log.contains(SECRET), "the query string reached the log:\n" + log);
            assertTrue(log.length() <= MAX_LOG_BYTES, ROUNDS * requests.length + " hostile requests logged "
                + log.length() + " bytes:\n" + log.substring(0, Math.min(log.length(), 8_000)));
        }
    }
}
