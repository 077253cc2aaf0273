package io.ringtail.gateway;

import java.nio.file.Path;

/** The server the hostile fuzz runs against: the launcher's main in its own JVM, unthrottled, short waits. */
final class HostileFuzzServer {
    private HostileFuzzServer() {
    }

    /** @param eventLoops the server's HTTP event loops: one for the bounded run, more for the long one */
    static ChildGateway start(Path dir, int eventLoops) throws Exception {
        ChildGateway child = ChildGateway.start(dir.resolve("data"), "--rate-limit", "0", "--ryw-timeout-ms", "200",
            "--event-loops", Integer.toString(eventLoops));
        child.port();
        return child;
    }
}
