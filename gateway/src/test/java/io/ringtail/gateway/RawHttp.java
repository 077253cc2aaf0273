package io.ringtail.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP/1.1 client that sends exactly the bytes it is given over a fresh socket and reads one answer,
 * whatever the bytes are: what a hostile client does and the JDK's client refuses to. An answer that does
 * not come within the deadline is {@link Answer#timedOut()}; a connection closed with no answer at all is
 * {@link Answer#closed()}.
 */
final class RawHttp {
    private RawHttp() {
    }

    /** One answer; {@code status} is -1 when there was none. */
    record Answer(int status, String statusLine, Map<String, String> headers, String body, boolean closed,
                  boolean timedOut) {
        boolean answered() {
            return status > 0;
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        boolean isJson() {
            String type = header("content-type");
            return type != null && type.startsWith("application/json") && body.startsWith("{");
        }

        @Override
        public String toString() {
            return answered() ? statusLine + " " + headers + " " + body : closed ? "closed without an answer" : "no answer in time";
        }
    }

    static Answer exchange(int port, String request, int deadlineMillis) {
        return exchange(port, request.getBytes(StandardCharsets.ISO_8859_1), deadlineMillis);
    }

    static Answer exchange(int port, byte[] request, int deadlineMillis) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), deadlineMillis);
            socket.setSoTimeout(deadlineMillis);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // The server may close as soon as it has read enough to refuse; its answer can still be read.
            }
            return read(socket.getInputStream(), System.nanoTime() + deadlineMillis * 1_000_000L);
        } catch (IOException e) {
            throw new AssertionError("could not connect to port " + port + ": " + e, e);
        }
    }

    /**
     * A connection kept open across requests, as a client with keep-alive has it; {@link #exchange} opens a
     * new one when the last answer closed it (or asked to).
     */
    static final class Connection implements AutoCloseable {
        private final int port;
        private Socket socket;
        private InputStream in;

        Connection(int port) {
            this.port = port;
        }

        boolean isOpen() {
            return socket != null;
        }

        /**
         * @param head     the request is a HEAD: its answer has no body whatever its length says
         * @param complete false when the bytes do not end the request: the sending side is shut after them,
         *                 as a client that gives up would, and a close without an answer is then fair
         */
        Answer exchange(byte[] request, boolean head, boolean complete, int deadlineMillis) {
            try {
                if (socket == null) {
                    socket = new Socket();
                    socket.setTcpNoDelay(true);
                    socket.connect(new InetSocketAddress("127.0.0.1", port), deadlineMillis);
                    in = new java.io.BufferedInputStream(socket.getInputStream());
                }
                socket.setSoTimeout(deadlineMillis);
                try {
                    socket.getOutputStream().write(request);
                    socket.getOutputStream().flush();
                    if (!complete) {
                        socket.shutdownOutput();
                    }
                } catch (IOException e) {
                    // The server may close as soon as it has read enough to refuse; its answer can still be read.
                }
                Answer answer = read(in, System.nanoTime() + deadlineMillis * 1_000_000L, head);
                if (!answer.answered() || !complete || "close".equalsIgnoreCase(answer.header("connection"))
                    || answer.status() == 101) {
                    close();
                }
                return answer;
            } catch (IOException e) {
                close();
                return new Answer(-1, "", Map.of(), "", true, false);
            }
        }

        @Override
        public void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
                socket = null;
            }
        }
    }

    private static Answer read(InputStream in, long deadline) throws IOException {
        return read(in, deadline, false);
    }

    private static Answer read(InputStream in, long deadline, boolean headRequest) throws IOException {
        Answer answer;
        do {
            answer = readOne(in, deadline, headRequest);
        } while (answer.status() >= 100 && answer.status() < 200 && answer.status() != 101);
        return answer;
    }

    private static Answer readOne(InputStream in, long deadline, boolean headRequest) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        try {
            int matched = 0;
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    return new Answer(-1, "", Map.of(), "", true, false);
                }
                head.write(b);
                matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
                    ? matched + 1 : (b == '\r' ? 1 : 0);
                if (System.nanoTime() > deadline) {
                    return new Answer(-1, "", Map.of(), "", false, true);
                }
            }
            String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
            String statusLine = lines[0];
            String[] parts = statusLine.split(" ", 3);
            int status = parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
            Map<String, String> headers = new TreeMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
                }
            }
            byte[] body = headRequest ? new byte[0] : body(in, headers);
            return new Answer(status, statusLine, headers, new String(body, StandardCharsets.UTF_8), false, false);
        } catch (SocketTimeoutException e) {
            return new Answer(-1, "", Map.of(), "", false, true);
        } catch (IOException e) {
            // Reset by the server before or while answering.
            return new Answer(-1, "", Map.of(), "", true, false);
        }
    }

    private static byte[] body(InputStream in, Map<String, String> headers) throws IOException {
        String length = headers.get("content-length");
        if (length != null) {
            return in.readNBytes(Integer.parseInt(length));
        }
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String size = line(in);
                int n = Integer.parseInt(size.trim(), 16);
                if (n == 0) {
                    line(in);
                    return body.toByteArray();
                }
                body.write(in.readNBytes(n));
                line(in);
            }
        }
        return new byte[0];
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }
}
