package io.ringtail.gateway;

import io.ringtail.gateway.auth.KeyHasher;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fixed keys for in-process gateways, written as the data directory's default keys file: an admin (what
 * every test client sends unless told otherwise), a trader of accounts 1 and 2, a reader of account 1.
 */
public final class TestKeys {
    public static final String ADMIN = "rt_test-admin-Xq3vLw9";
    public static final String TRADER = "rt_test-trader-of-1-and-2-Pz7";
    public static final String READER = "rt_test-reader-of-1-Kd2";

    private TestKeys() {
    }

    public static Path write(Path dataDirectory) {
        Path file = dataDirectory.resolve("api-keys.json");
        JsonArray keys = new JsonArray()
            .add(entry("test-admin", "admin", null, ADMIN))
            .add(entry("test-trader", "trader", new JsonArray().add(1).add(2), TRADER))
            .add(entry("test-reader", "reader", new JsonArray().add(1), READER));
        try {
            Files.createDirectories(dataDirectory);
            Files.writeString(file, new JsonObject().put("keys", keys).encodePrettily());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static JsonObject entry(String principal, String role, JsonArray accounts, String key) {
        JsonObject entry = new JsonObject().put("principal", principal).put("role", role);
        if (accounts != null) {
            entry.put("accounts", accounts);
        }
        return entry.put("sha256", KeyHasher.hex(key));
    }
}
