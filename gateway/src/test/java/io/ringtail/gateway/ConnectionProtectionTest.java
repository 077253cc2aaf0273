package io.ringtail.gateway;

import io.ringtail.gateway.config.HttpSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #8, slow and greedy clients: slowloris connections are closed at the request-head deadline and a
 * flood beyond the connection limit is turned away at once, while a normal client keeps being served.
 * Bounds on time are generous upper limits against hanging, not measurements.
 */
class ConnectionProtectionTest {
    private static final long CLOSED_WITHIN_MILLIS = 10_000;

    @TempDir
    Path dir;

    @Test
    void shouldCloseSlowlorisConnectionsAtTheHeaderDeadlineAndKeepServingOthers() throws Exception {
        try (TestGateway gateway = TestGateway.start(TestGateway.config(dir)
            .set(HttpSettings.REQUEST_HEADER_TIMEOUT_MS, "600", "test").build(), Function.identity())) {
            int port = gateway.server.port();
            List<CompletableFuture<Long>> closures = new ArrayList<>();
            List<Socket> slow = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                Socket socket = new Socket("127.0.0.1", port);
                slow.add(socket);
                closures.add(dribble(socket));
            }
            try {
                int served = 0;
                while (!allDone(closures) && served < 200) {
                    assertEquals(200, gateway.get("/instruments").statusCode(), "a normal client is served meanwhile");
                    served++;
                    Thread.sleep(50);
                }
                for (CompletableFuture<Long> closed : closures) {
                    long millis = closed.get(CLOSED_WITHIN_MILLIS + 5_000, TimeUnit.MILLISECONDS);
                    assertTrue(millis >= 0, "the server closed the slow connection");
                }
                assertEquals(200, gateway.get("/instruments").statusCode());
                String metrics = gateway.get("/metrics").body();
                assertTrue(metrics.contains("ringtail_http_connections_closed_total{reason=\"request_header_timeout\"} 10.0"),
                    metrics.lines().filter(l -> l.contains("connections")).toList().toString());
            } finally {
                closeAll(slow);
            }
        }
    }

    @Test
    void shouldTurnAwayConnectionsBeyondTheLimitAndAcceptNewOnesAfterTheFlood() throws Exception {
        int limit = 8;
        try (TestGateway gateway = TestGateway.start(TestGateway.config(dir)
            .set(HttpSettings.MAX_CONNECTIONS, Integer.toString(limit), "test")
            .set(HttpSettings.REQUEST_HEADER_TIMEOUT_MS, "0", "test").build(), Function.identity())) {
            int port = gateway.server.port();
            assertEquals(200, gateway.get("/instruments").statusCode(), "the normal client holds one keep-alive connection");
            List<Socket> flood = new ArrayList<>();
            int turnedAway = 0;
            try {
                for (int i = 0; i < 40; i++) {
                    Socket socket = new Socket("127.0.0.1", port);
                    flood.add(socket);
                }
                for (Socket socket : flood) {
                    if (closedByServer(socket, 300)) {
                        turnedAway++;
                    }
                }
                assertEquals(40 - (limit - 1), turnedAway, "every connection beyond the limit is closed at once");
                assertEquals(200, gateway.get("/instruments").statusCode(), "the connected client is still served");
                String metrics = gateway.get("/metrics").body();
                assertTrue(metrics.contains("ringtail_http_connections_closed_total{reason=\"max_connections\"} "
                    + turnedAway + ".0"), metrics.lines().filter(l -> l.contains("connections")).toList().toString());
            } finally {
                closeAll(flood);
            }
            assertEquals(200, freshClientGet(port, "/instruments"), "after the flood, new clients are accepted again");
        }
    }

    /** Sends a request head one byte every 200 ms; completes with the millis until the server closed, -1 if never. */
    private static CompletableFuture<Long> dribble(Socket socket) {
        CompletableFuture<Long> closed = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            long started = System.nanoTime();
            byte[] head = "GET /instruments HTTP/1.1\r\nHost: x\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
                .getBytes(StandardCharsets.US_ASCII);
            try {
                socket.setSoTimeout(200);
                OutputStream out = socket.getOutputStream();
                InputStream in = socket.getInputStream();
                for (int i = 0; System.nanoTime() - started < TimeUnit.MILLISECONDS.toNanos(CLOSED_WITHIN_MILLIS); i++) {
                    out.write(head[i % head.length]);
                    out.flush();
                    try {
                        if (in.read() == -1) {
                            break;
                        }
                    } catch (SocketTimeoutException stillOpen) {
                        // nothing from the server yet: keep dribbling
                    }
                }
            } catch (IOException closedOrReset) {
                // the server closed it: a write or read failed
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            closed.complete(millis < CLOSED_WITHIN_MILLIS ? millis : -1);
        }, "slowloris");
        thread.setDaemon(true);
        thread.start();
        return closed;
    }

    private static boolean closedByServer(Socket socket, int waitMillis) throws IOException {
        socket.setSoTimeout(waitMillis);
        try {
            return socket.getInputStream().read() == -1;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    private static int freshClientGet(int port, String path) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10))
            .header("Authorization", "Bearer " + TestKeys.ADMIN).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
            } catch (IOException stillFull) {
                // the server may not have seen every flood connection close yet
                if (System.nanoTime() > deadline) {
                    throw stillFull;
                }
                Thread.sleep(50);
            }
        }
    }

    private static boolean allDone(List<CompletableFuture<Long>> futures) {
        return futures.stream().allMatch(CompletableFuture::isDone);
    }

    private static void closeAll(List<Socket> sockets) {
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing test sockets only
            }
        }
    }
}
