package io.ringtail.gateway.auth;

import org.agrona.collections.LongHashSet;

import java.util.Arrays;

/**
 * Who a request acts for: the name and role of its API key, the accounts the key covers (ignored for an
 * admin, who covers all) and the key's own rate limiter, shared by every event loop. Never holds the key.
 */
public final class Principal {
    private final String name;
    private final Role role;
    private final LongHashSet accounts;
    private final long[] accountList;
    private final RateLimiter limiter;

    /** @param limiter null for no limit */
    public Principal(String name, Role role, long[] accounts, RateLimiter limiter) {
        this.name = name;
        this.role = role;
        this.accounts = new LongHashSet(Math.max(8, accounts.length * 2));
        for (long account : accounts) {
            this.accounts.add(account);
        }
        this.accountList = Arrays.stream(accounts).distinct().toArray();
        this.limiter = limiter;
    }

    public String name() {
        return name;
    }

    public Role role() {
        return role;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Places, cancels and amends orders of this account. */
    public boolean mayTrade(long accountId) {
        return role == Role.ADMIN || (role == Role.TRADER && accounts.contains(accountId));
    }

    /** The accounts the key covers, each once (none for an admin's key, which covers all). */
    public long[] accounts() {
        return accountList.clone();
    }

    /** Reads this account's balances and orders. */
    public boolean mayRead(long accountId) {
        return role == Role.ADMIN || accounts.contains(accountId);
    }

    /** Null when the key is not limited. */
    public RateLimiter limiter() {
        return limiter;
    }

    @Override
    public String toString() {
        return name + " (" + role.fileName() + ")";
    }
}
