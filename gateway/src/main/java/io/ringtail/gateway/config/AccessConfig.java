package io.ringtail.gateway.config;

import java.nio.file.Path;

/**
 * Who may reach the gateway and how much they may send.
 *
 * @param dev           no keys at all: every request acts as admin
 * @param keysFile      where the keys live (created with an admin key on first start)
 * @param tlsCert       PEM certificate chain for HTTPS; null for plain HTTP
 * @param tlsKey        PEM private key of {@code tlsCert}; null with it
 * @param ratePerSecond requests per second per key; 0 = unlimited
 * @param rateBurst     requests a key may send at once
 * @param maxHeaderSize largest request head in bytes (431 beyond)
 * @param maxJsonDepth  deepest JSON nesting of a body (400 beyond)
 * @param maxJsonString longest string in a JSON body (400 beyond)
 */
public record AccessConfig(boolean dev, Path keysFile, Path tlsCert, Path tlsKey, long ratePerSecond, long rateBurst,
                           int maxHeaderSize, int maxJsonDepth, int maxJsonString) {
    public boolean tls() {
        return tlsCert != null;
    }

    /** The scheme clients use, for log lines and examples. */
    public String scheme() {
        return tls() ? "https" : "http";
    }
}
