package io.ringtail.gateway.auth;

/**
 * The keys every event loop checks against, replaceable while the server runs (SIGHUP re-reads the keys
 * file): a volatile reference to an immutable {@link ApiKeys}, so a request sees either the old set or the
 * new one, never a mix, and the check itself takes no lock.
 */
public final class KeyRing {
    private volatile ApiKeys current;

    public KeyRing(ApiKeys initial) {
        this.current = initial;
    }

    public ApiKeys current() {
        return current;
    }

    /** Takes effect for the next request on every event loop. Rate buckets start full for the new set. */
    public void replace(ApiKeys keys) {
        current = keys;
    }
}
