package io.ringtail.gateway.config;

/**
 * The HTTP server's settings, from {@link HttpSettings}.
 *
 * @param port                       HTTP port; 0 picks a free one
 * @param bind                       address the server binds to
 * @param eventLoops                 Vert.x event loops (and verticle instances)
 * @param bodyLimit                  largest request body in bytes (413 beyond)
 * @param rywTimeoutMillis           longest a read waits for its {@code minVersion} (504 beyond)
 * @param replyQueueSize             commands in flight per event loop (503 beyond)
 * @param idleTimeoutMillis          idle time after which a connection is closed; 0 = never
 * @param requestHeaderTimeoutMillis deadline for a whole request head, from connection open or the previous
 *                                   response; 0 = none
 * @param maxConnections             open connections at most
 * @param metricsPort                port of the separate metrics server; 0 when {@code /metrics} is on {@code port}
 * @param readyMaxLagEvents          projection lag beyond which {@code /health/ready} answers 503
 */
public record HttpConfig(int port, String bind, int eventLoops, int bodyLimit, long rywTimeoutMillis, int replyQueueSize,
                         long idleTimeoutMillis, long requestHeaderTimeoutMillis, int maxConnections, int metricsPort,
                         long readyMaxLagEvents) {
}
