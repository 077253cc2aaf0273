package io.ringtail.gateway.auth;

import org.agrona.collections.Long2ObjectHashMap;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The accepted keys, by SHA-256: a presented key is hashed and its digest compared in constant time
 * ({@link MessageDigest#isEqual}) with the stored ones. The index on the digest's first eight bytes only
 * narrows the candidates; what it reveals through timing is about a hash, which says nothing of the key.
 */
public final class ApiKeys {
    private final Long2ObjectHashMap<List<Entry>> byPrefix = new Long2ObjectHashMap<>();
    private final int size;

    private record Entry(byte[] digest, Principal principal) {
    }

    private ApiKeys(List<Entry> entries) {
        for (Entry entry : entries) {
            byPrefix.computeIfAbsent(prefix(entry.digest), p -> new ArrayList<>(1)).add(entry);
        }
        this.size = entries.size();
    }

    /** Read-only after construction, so every event loop may share it. */
    public static ApiKeys of(List<byte[]> digests, List<Principal> principals) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < digests.size(); i++) {
            if (digests.get(i).length != KeyHasher.DIGEST_LENGTH) {
                throw new IllegalArgumentException("a SHA-256 digest has 32 bytes");
            }
            entries.add(new Entry(digests.get(i).clone(), principals.get(i)));
        }
        return new ApiKeys(entries);
    }

    /** @return the key's principal, or null when no stored key has this digest */
    public Principal find(byte[] digest) {
        List<Entry> candidates = byPrefix.get(prefix(digest));
        if (candidates == null) {
            return null;
        }
        Principal found = null;
        for (int i = 0; i < candidates.size(); i++) {
            Entry entry = candidates.get(i);
            if (MessageDigest.isEqual(entry.digest, digest)) {
                found = entry.principal;
            }
        }
        return found;
    }

    public int size() {
        return size;
    }

    private static long prefix(byte[] digest) {
        long prefix = 0;
        for (int i = 0; i < 8; i++) {
            prefix = (prefix << 8) | (digest[i] & 0xFF);
        }
        return prefix;
    }
}
