package io.ringtail.gateway;

import java.nio.file.Path;

/** The server the hostile fuzz runs against: the launcher's main in its own JVM, unthrottled, short waits. */
final class HostileFuzzServer {
    private HostileFuzzServer() {
    }

    static ChildGateway start(Path dir) throws Exception {
        ChildGateway child = ChildGateway.start(dir.resolve("data"), "--rate-limit", "0", "--ryw-timeout-ms", "200");
        child.port();
        return child;
    }
}
