package io.ringtail.gateway;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded hostile requests: a valid request of a random route, then mutated at one or more levels (method,
 * path, query, headers, framing, body, content type), as raw bytes. Account and order ids come from the
 * fuzzed set only, never the untouched accounts, whose ids no mutation can produce (7 digits; mutated ids
 * have at most 6 or are not numbers).
 */
final class HostileRequests {
    /** One request to send: its bytes and what the sender must know to read the answer. */
    record Hostile(String label, byte[] bytes, boolean head, boolean complete, boolean freshConnection) {
    }

    private static final String[] METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE",
        "PROPFIND", "post", "Get", "CONNECT", "FOO", "G\tET", "GET GET", ""};
    private static final String[] BAD_SEGMENTS = {"%zz", "%", "%u0031", "%G1", "%%", "%31", "%2F", "%00", "-1", "0",
        "99999999999999999999", "1.5", "1e3", "abc", "", "..", ".", "%C3%A9", "\u00e9", " ", "1;x=2", "1,2", "+1",
        "0x10", "1" + "0".repeat(300)};
    private static final String[] QUERY_PARTS = {"minVersion=%zz", "minVersion=-1", "minVersion=99999999999999999999",
        "minVersion=1", "timeoutMs=0", "timeoutMs=-5", "limit=0", "limit=%", "limit=100000", "depth=abc", "status=closed",
        "status=open", "after=-1", "accountId=x", "accountId=1", "x", "=", "&&", "a=%2", "a=b+c", "x=%E2%82",
        "minVersion=1&minVersion=2", "%zz=1", "a=" + "b".repeat(2000), "#frag", "a=%00"};
    private static final String[] CONTENT_TYPES = {"text/plain", "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=zz", "multipart/mixed", "application/json; charset=latin1", "APPLICATION/JSON",
        "application/jsonx", "", "application/json, text/plain", "*/*", "application/json;", "\u00e9"};
    private static final String[] BAD_VALUES = {"\"12\"", "1.5", "-1", "0", "1e3", "99999999999999999999", "null", "true",
        "[]", "{}", "\"\"", "\"\\u0000\"", "\"\\ud800\"", "-0", "1" + "0".repeat(400), "NaN", "\"" + "x".repeat(2000) + "\""};
    private static final String[] SYMBOLS = {"ACME", "BOLT", "CRUX"};

    private final Random random;
    private final String adminKey;
    private final long[] orderIds;

    /** @param orderIds the fuzzed accounts' orders, for the routes that name one */
    HostileRequests(long seed, String adminKey, long[] orderIds) {
        this.random = new Random(seed);
        this.adminKey = adminKey;
        this.orderIds = orderIds;
    }

    Hostile next() {
        Base base = base();
        int levels = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(2);
        StringBuilder label = new StringBuilder(base.method).append(' ').append(base.path);
        boolean framing = false;
        for (int i = 0; i < levels; i++) {
            switch (random.nextInt(7)) {
                case 0 -> { base.method = pick(METHODS); label.append(" method"); }
                case 1 -> { mutatePath(base); label.append(" path"); }
                case 2 -> { base.query = mutateQuery(base.query); label.append(" query"); }
                case 3 -> { mutateHeaders(base); label.append(" headers"); }
                case 4 -> { base.body = mutateBody(base.body); label.append(" body"); }
                case 5 -> { base.contentType = pick(CONTENT_TYPES); label.append(" type"); }
                default -> { framing = true; label.append(" framing"); }
            }
        }
        if (framing) {
            return framing(base, label.toString());
        }
        return new Hostile(label.toString(), base.encode(), base.method.equals("HEAD"), true, base.closes);
    }

    // ---- valid requests, one per route ----------------------------------------------------------------

    private Base base() {
        long account = 1 + random.nextInt(2);
        long order = orderIds[random.nextInt(orderIds.length)];
        return switch (random.nextInt(17)) {
            case 0 -> new Base("POST", "/accounts", "", json("{\"accountId\": " + (3 + random.nextInt(50)) + ", \"cash\": 100}"));
            case 1 -> new Base("POST", "/accounts/" + account + "/deposits", "", json("{\"amount\": 25}"));
            case 2 -> new Base("POST", "/accounts/" + account + "/deposits", "",
                json("{\"symbol\": \"" + pick(SYMBOLS) + "\", \"quantity\": 100}"));
            case 3 -> new Base("POST", "/accounts/" + account + "/withdrawals", "", json("{\"amount\": 1}"));
            case 4, 5 -> new Base("POST", "/orders", "", json("{\"accountId\": " + account + ", \"clientOrderId\": \"f-"
                + random.nextInt(1_000_000) + "\", \"symbol\": \"ACME\", \"side\": \"" + (random.nextBoolean() ? "BUY" : "SELL")
                + "\", \"price\": " + (90 + random.nextInt(20)) + ", \"quantity\": " + (1 + random.nextInt(5))
                + ", \"timeInForce\": \"" + (random.nextBoolean() ? "GTC" : "IOC") + "\"}"));
            case 6 -> new Base("DELETE", "/orders/" + order, "accountId=" + account, null);
            case 7 -> new Base("PATCH", "/orders/" + order, "", json("{\"price\": " + (90 + random.nextInt(20)) + "}"));
            case 8, 9 -> new Base("GET", "/orders/" + order, "", null);
            case 10 -> new Base("GET", "/accounts/" + account, "", null);
            case 11 -> new Base("GET", "/accounts/" + account + "/orders", "status=open&limit=5", null);
            case 12 -> new Base("GET", "/books/" + pick(SYMBOLS), "depth=5", null);
            case 13 -> new Base("GET", "/trades/" + pick(SYMBOLS), "limit=5", null);
            case 14 -> new Base("GET", "/instruments", "", null);
            case 15 -> new Base("GET", random.nextBoolean() ? "/health/live" : "/health/ready", "", null);
            // Both cost the server more than a request should (a scrape, a pass over the writer's state): rarely.
            default -> random.nextInt(10) == 0 ? new Base("GET", random.nextBoolean() ? "/metrics" : "/admin/state", "", null)
                : new Base("GET", "/instruments", "", null);
        };
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    // ---- mutations --------------------------------------------------------------------------------------

    private void mutatePath(Base base) {
        String[] segments = base.path.split("/", -1);
        int choice = random.nextInt(8);
        if (choice == 0) {
            base.path = pick(new String[] {"", "*", "//", "/orders/", "/orders//1", "/./orders/1", "/orders/../accounts/1",
                "http://127.0.0.1/orders/1", "orders/1", "/ORDERS/1", "/nowhere", "/" + "a".repeat(5000), "/orders/1/x"});
            return;
        }
        int index = 1 + random.nextInt(Math.max(1, segments.length - 1));
        if (index >= segments.length) {
            index = segments.length - 1;
        }
        segments[index] = choice < 5 ? pick(BAD_SEGMENTS) : segments[index] + pick(BAD_SEGMENTS);
        base.path = String.join("/", segments);
    }

    private String mutateQuery(String query) {
        String part = pick(QUERY_PARTS);
        if (random.nextInt(10) == 0) {
            StringBuilder many = new StringBuilder();
            for (int i = 0; i < 2000; i++) {
                many.append(i == 0 ? "" : "&").append("p").append(i).append('=').append(i);
            }
            part = many.toString();
        }
        return query.isEmpty() || random.nextBoolean() ? part : query + "&" + part;
    }

    private void mutateHeaders(Base base) {
        switch (random.nextInt(16)) {
            case 0 -> base.host = null;
            case 1 -> base.extra.add("Host: other");
            case 2 -> base.authorization = null;
            case 3 -> base.authorization = pick(new String[] {"Bearer", "Bearer ", "Basic eDp5", "Bearer " + adminKey + "x",
                "bearer " + adminKey, "Bearer  " + adminKey, "Bearer \u00e9"});
            case 4 -> base.extra.add("X-Min-Version: " + pick(new String[] {"x", "-1", "99999999999", "1", "", "%zz"}));
            case 5 -> base.extra.add("Content-Length: " + pick(new String[] {"-1", "abc", "1, 2", "99999999999999999999", "0"}));
            case 6 -> base.extra.add("Transfer-Encoding: " + pick(new String[] {"gzip", "chunked, gzip", "identity", "x"}));
            case 7 -> base.extra.add("Expect: " + pick(new String[] {"100-continue", "foo", "200-ok"}));
            case 8 -> base.extra.add(pick(new String[] {"Connection: close", "Connection: upgrade\r\nUpgrade: h2c",
                "Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQAAP__",
                "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13"}));
            case 9 -> base.extra.add(pick(new String[] {"NoColon", "Bad Name: x", ": empty", " folded: x", "X-A: \u00e9\u0001"}));
            case 10 -> base.extra.add("X-Long: " + "v".repeat(random.nextBoolean() ? 9000 : 4000));
            case 11 -> {
                for (int i = 0; i < 200; i++) {
                    base.extra.add("X-" + i + ": " + i);
                }
            }
            case 12 -> base.extra.add("Content-Encoding: gzip");
            case 13 -> base.extra.add("Accept: " + pick(new String[] {"text/html", "*/*;q=x", "application/json;q=0"}));
            case 14 -> base.extra.add("X-Forwarded-For: 1.2.3.4\r\nForwarded: for=\"x");
            default -> base.extra.add("Cookie: a=" + "b".repeat(100) + "; %zz=1");
        }
    }

    private byte[] mutateBody(byte[] body) {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        // A body mutated once already may be anything; the next mutation starts from a JSON object again.
        String valid = text.startsWith("{\"") && text.endsWith("}") && text.indexOf('"', 2) > 0 ? text : "{\"accountId\": 1}";
        switch (random.nextInt(11)) {
            case 0 -> {
                byte[] bytes = new byte[1 + random.nextInt(200)];
                random.nextBytes(bytes);
                return bytes;
            }
            case 1 -> {
                return json(valid.substring(0, random.nextInt(valid.length())));
            }
            case 2 -> {
                return json(valid.replaceFirst(": [^,}]+", ": " + pick(BAD_VALUES)));
            }
            case 3 -> {
                int at = valid.indexOf('"', 1);
                String key = at > 0 ? valid.substring(1, valid.indexOf('"', at + 1) + 1) : "\"a\"";
                return json(valid.replace("}", ", " + key + ": 1}"));
            }
            case 4 -> {
                int depth = 1 + random.nextInt(3_000);
                return json("{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
            }
            case 5 -> {
                return json(valid.replace("}", ", \"extra\": 1}"));
            }
            case 6 -> {
                return json(pick(new String[] {"", "[]", "null", "1", "\"x\"", "{}", "{\"\\u0061ccountId\": 1, \"accountId\": 2}",
                    "{\"accountId\": 1}{}", "\ufeff{\"accountId\": 1}", "{\"accountId\": 1,}", "{'accountId': 1}"}));
            }
            case 7 -> {
                return json("{\"accountId\": 1, \"pad\": \"" + "x".repeat(20_000) + "\"}");
            }
            case 8 -> {
                byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                return bytes;
            }
            case 9 -> {
                return valid.getBytes(StandardCharsets.UTF_16);
            }
            default -> {
                char[] chars = valid.toCharArray();
                chars[random.nextInt(chars.length)] = "{}[]\":,\\ x".charAt(random.nextInt(10));
                return json(new String(chars));
            }
        }
    }

    /** Framing over the raw socket; these go on a connection of their own, closed after the answer. */
    private Hostile framing(Base base, String label) {
        byte[] body = base.body == null ? json("{\"accountId\": 1}") : base.body;
        String line = base.method + " " + base.target() + " HTTP/1.1\r\n";
        String head = base.headers(false);
        int choice = random.nextInt(12);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean complete = true;
        switch (choice) {
            case 0 -> {
                // A size the decoder reads differently from the bytes that follow may leave the request unfinished.
                complete = false;
                write(out, line + head + "Transfer-Encoding: chunked\r\n\r\n"
                + pick(new String[] {"zz", "-1", "0x5", "ffffffffffffffff", "", "5;ext=1", " 5", "5 ", "+5"}) + "\r\n"
                + new String(body, StandardCharsets.ISO_8859_1) + "\r\n0\r\n\r\n");
            }
            case 1 -> write(out, line + head + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(body.length)
                + "\r\n" + new String(body, StandardCharsets.ISO_8859_1) + "\r\n0\r\nX-Trailer: 1\r\n\r\n");
            case 2 -> write(out, line + head + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n"
                + Integer.toHexString(body.length) + "\r\n" + new String(body, StandardCharsets.ISO_8859_1) + "\r\n0\r\n\r\n");
            case 3 -> {
                write(out, line + head + "Content-Length: " + (body.length + 10) + "\r\n\r\n" + new String(body, StandardCharsets.ISO_8859_1));
                complete = false;
            }
            case 4 -> write(out, line + head + "Content-Length: " + Math.max(0, body.length - 3) + "\r\n\r\n"
                + new String(body, StandardCharsets.ISO_8859_1));
            case 5 -> write(out, (line + head + "Content-Length: " + body.length + "\r\n\r\n").replace("\r\n", "\n")
                + new String(body, StandardCharsets.ISO_8859_1));
            case 6 -> write(out, line.replace("HTTP/1.1", pick(new String[] {"HTTP/9.9", "HTTP/1.2", "HTTP/2.0", "http/1.1",
                "HTTP/1", "HTTP/0.9", "HTTP/1.1 x", "FOO/1.1", ""})) + head + "\r\n");
            case 7 -> {
                // Blank lines before a request are allowed and skipped, a TLS hello has no line end: unfinished.
                complete = false;
                write(out, pick(new String[] {"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", "\r\n\r\n", "GET\r\n\r\n",
                "GET /\r\n\r\n", "\u0000\u0001\u0002\r\n\r\n", "GET / HTTP/1.1\rHost: x\r\r\n\r\n",
                "GET /instruments HTTP/1.1\r\nHost: x\r\n\r\nGARBAGE\r\n\r\n", "\u0016\u0003\u0001\u0000\u00a5\u0001\u0000"}));
            }
            case 8 -> {
                write(out, line + head + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(body.length) + "\r\n"
                    + new String(body, StandardCharsets.ISO_8859_1) + "\r\n");
                complete = false;
            }
            case 9 -> write(out, line + head + "Content-Length: " + body.length + "\r\nContent-Length: " + (body.length + 1)
                + "\r\n\r\n" + new String(body, StandardCharsets.ISO_8859_1));
            case 10 -> {
                String one = line + head + "Content-Length: " + body.length + "\r\n\r\n" + new String(body, StandardCharsets.ISO_8859_1);
                write(out, one + one);
            }
            default -> {
                // A flipped byte may be a line end's, leaving the head unfinished.
                complete = false;
                byte[] bytes = (line + head + "Content-Length: " + body.length + "\r\n\r\n" + new String(body,
                    StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1);
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                out.writeBytes(bytes);
            }
        }
        return new Hostile(label + " #" + choice, out.toByteArray(), base.method.equals("HEAD"), complete, true);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    /** A request before it is bytes; every part may be mutated. */
    private final class Base {
        String method;
        String path;
        String query;
        byte[] body;
        String contentType;
        String host = "127.0.0.1";
        String authorization;
        final List<String> extra = new ArrayList<>();
        boolean closes;

        Base(String method, String path, String query, byte[] body) {
            this.method = method;
            this.path = path;
            this.query = query;
            this.body = body;
            this.contentType = body == null ? null : "application/json";
            this.authorization = "Bearer " + adminKey;
        }

        String target() {
            return query.isEmpty() ? path : path + "?" + query;
        }

        String headers(boolean withLength) {
            StringBuilder head = new StringBuilder();
            if (host != null) {
                head.append("Host: ").append(host).append("\r\n");
            }
            if (authorization != null) {
                head.append("Authorization: ").append(authorization).append("\r\n");
            }
            if (contentType != null) {
                head.append("Content-Type: ").append(contentType).append("\r\n");
            }
            for (String header : extra) {
                head.append(header).append("\r\n");
                closes |= header.contains("Content-Length") || header.contains("Transfer-Encoding")
                    || header.contains("Connection") || header.contains("Expect");
            }
            if (withLength && body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            return head.toString();
        }

        byte[] encode() {
            String head = method + " " + target() + " HTTP/1.1\r\n" + headers(true) + "\r\n";
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            write(out, head);
            if (body != null) {
                out.writeBytes(body);
            }
            // Anything that may leave the connection out of step (a raw method, path or header) gets its own.
            closes |= method.isEmpty() || method.contains(" ") || method.contains("\t") || method.equals("CONNECT")
                || path.contains(" ") || path.isEmpty() || !path.startsWith("/") || extra.size() > 0;
            return out.toByteArray();
        }
    }
}
