package io.ringtail.gateway.auth;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The keys file: which keys exist, by hash only, and what each may do.
 *
 * <pre>
 * {"keys": [
 *   {"principal": "ops",   "role": "admin",  "sha256": "9f86d0…"},
 *   {"principal": "alice", "role": "trader", "accounts": [1, 2], "sha256": "…"},
 *   {"principal": "graf",  "role": "reader", "accounts": [],     "sha256": "…"}
 * ]}
 * </pre>
 *
 * The key itself is never stored: {@code ringtail keys add} prints a new one once, {@code ringtail keys hash}
 * prints the hash of a key read from standard input for an admin who edits the file by hand.
 */
public final class KeysFile {
    /** Prefix of every key Ringtail issues, so a leaked one is easy to recognise (and to grep for). */
    public static final String KEY_PREFIX = "rt_";
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeysFile() {
    }

    /** 256 random bits, URL-safe base64 without padding, behind {@link #KEY_PREFIX}. */
    public static String newKey() {
        byte[] bytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(bytes);
        return KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * @param perSecond  each key's rate limit; 0 = unlimited
     * @param nanoClock  the clock the limiters are started from (and later asked with)
     * @throws IllegalArgumentException naming the entry that is wrong; the message never holds a key
     */
    public static ApiKeys load(Path file, long perSecond, long burst, LongSupplier nanoClock) {
        JsonObject json;
        try {
            json = new JsonObject(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read keys file " + file + ": " + e.getMessage());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("keys file " + file + " is not a JSON object");
        }
        if (!(json.getValue("keys") instanceof JsonArray entries)) {
            throw new IllegalArgumentException("keys file " + file + " needs a \"keys\" array");
        }
        List<byte[]> digests = new ArrayList<>();
        List<Principal> principals = new ArrayList<>();
        Set<String> hashes = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String where = "keys file " + file + " entry " + i;
            if (!(entries.getValue(i) instanceof JsonObject entry)) {
                throw new IllegalArgumentException(where + " is not an object");
            }
            String name = text(entry, "principal", where);
            Role role = Role.parse(text(entry, "role", where));
            String hash = text(entry, "sha256", where).toLowerCase(java.util.Locale.ROOT);
            if (!hash.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException(where + ": sha256 must be 64 hex digits");
            }
            if (!hashes.add(hash)) {
                throw new IllegalArgumentException(where + ": the same key is listed twice");
            }
            long[] accounts = accounts(entry, role, where);
            RateLimiter limiter = perSecond == 0 ? null : new RateLimiter(perSecond, burst, nanoClock.getAsLong());
            digests.add(java.util.HexFormat.of().parseHex(hash));
            principals.add(new Principal(name, role, accounts, limiter));
        }
        return ApiKeys.of(digests, principals);
    }

    /**
     * Writes a keys file holding one fresh admin key, unless the file exists.
     *
     * @return the new key, to be shown once; null when the file was already there
     */
    public static String createWithAdmin(Path file) {
        if (Files.exists(file)) {
            return null;
        }
        String key = newKey();
        JsonObject json = new JsonObject().put("keys", new JsonArray().add(entry("admin", Role.ADMIN, new long[0], key)));
        try {
            write(file, json, false);
        } catch (FileAlreadyExistsException raced) {
            return null;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot create keys file " + file + ": " + e.getMessage());
        }
        return key;
    }

    /** Adds a key to the file (creating it when missing) and returns the new key. */
    public static String add(Path file, String principal, Role role, long[] accounts) throws IOException {
        JsonObject json = Files.exists(file) ? new JsonObject(Files.readString(file)) : new JsonObject();
        JsonArray keys = json.getJsonArray("keys", new JsonArray());
        String key = newKey();
        keys.add(entry(principal, role, accounts, key));
        json.put("keys", keys);
        write(file, json, true);
        return key;
    }

    private static JsonObject entry(String principal, Role role, long[] accounts, String key) {
        JsonObject entry = new JsonObject().put("principal", principal).put("role", role.fileName());
        if (role != Role.ADMIN) {
            JsonArray list = new JsonArray();
            for (long account : accounts) {
                list.add(account);
            }
            entry.put("accounts", list);
        }
        return entry.put("sha256", KeyHasher.hex(key));
    }

    /** Owner-only permissions where the file system has them; replaced atomically when it exists. */
    private static void write(Path file, JsonObject json, boolean replace) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, ".keys", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the directory's access control applies.
            }
            Files.writeString(temporary, json.encodePrettily() + "\n");
            if (replace) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.createLink(file, temporary);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String text(JsonObject entry, String field, String where) {
        if (!(entry.getValue(field) instanceof String value) || value.isEmpty()) {
            throw new IllegalArgumentException(where + ": \"" + field + "\" must be a non-empty string");
        }
        return value;
    }

    private static long[] accounts(JsonObject entry, Role role, String where) {
        Object value = entry.getValue("accounts");
        if (value == null) {
            if (role == Role.ADMIN) {
                return new long[0];
            }
            throw new IllegalArgumentException(where + ": a " + role.fileName() + " needs \"accounts\": [ids]");
        }
        if (!(value instanceof JsonArray list)) {
            throw new IllegalArgumentException(where + ": \"accounts\" must be an array of account ids");
        }
        long[] accounts = new long[list.size()];
        for (int i = 0; i < list.size(); i++) {
            if (!(list.getValue(i) instanceof Integer || list.getValue(i) instanceof Long) || list.getLong(i) < 1) {
                throw new IllegalArgumentException(where + ": \"accounts\" must hold positive whole numbers");
            }
            accounts[i] = list.getLong(i);
        }
        return accounts;
    }
}
