package io.ringtail.gateway.auth;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 of a presented key into a reused buffer: one per event loop, since a digest is not thread-safe.
 * Keys are printable ASCII, copied as bytes into a reused buffer: nothing is allocated per request.
 */
public final class KeyHasher {
    public static final int DIGEST_LENGTH = 32;
    /** Longer than any key we issue; anything longer is refused unread. */
    public static final int MAX_KEY_LENGTH = 256;

    private final MessageDigest sha256 = newDigest();
    private final byte[] digest = new byte[DIGEST_LENGTH];
    private final byte[] keyBytes = new byte[MAX_KEY_LENGTH];

    /**
     * @return the digest (this hasher's buffer, valid until the next call), or null when the text cannot
     *         be a key: empty, too long or not printable ASCII
     */
    public byte[] digest(CharSequence key, int from, int to) {
        if (to <= from || to - from > MAX_KEY_LENGTH) {
            return null;
        }
        int length = to - from;
        for (int i = 0; i < length; i++) {
            char c = key.charAt(from + i);
            if (c <= 0x20 || c > 0x7E) {
                return null;
            }
            keyBytes[i] = (byte) c;
        }
        sha256.reset();
        sha256.update(keyBytes, 0, length);
        try {
            sha256.digest(digest, 0, DIGEST_LENGTH);
        } catch (java.security.DigestException e) {
            throw new IllegalStateException(e);
        }
        return digest;
    }

    /** The lower-case hex SHA-256 of a key, as the keys file stores it. */
    public static String hex(String key) {
        byte[] hash = newDigest().digest(key.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        StringBuilder text = new StringBuilder(DIGEST_LENGTH * 2);
        for (byte b : hash) {
            text.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return text.toString();
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
