package io.ringtail.gateway.auth;

import java.util.Locale;

/**
 * What an API key may do. An admin opens accounts, moves cash and positions, and may also trade and read
 * every account (the load tester and operators run with one admin key); a trader places, cancels and
 * amends orders of its own accounts and reads them; a reader only reads its own accounts. Every role reads
 * market data ({@code /books}, {@code /trades}, {@code /instruments}) and {@code /metrics}.
 */
public enum Role {
    ADMIN,
    TRADER,
    READER;

    /** The name as the keys file writes it: lower case. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for anything but admin, trader or reader */
    public static Role parse(String text) {
        for (Role role : values()) {
            if (role.fileName().equals(text)) {
                return role;
            }
        }
        throw new IllegalArgumentException("role must be admin, trader or reader, got '" + text + "'");
    }
}
