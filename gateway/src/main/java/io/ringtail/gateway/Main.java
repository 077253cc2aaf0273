package io.ringtail.gateway;

import io.ringtail.engine.RecoveryReport;
import io.ringtail.gateway.config.CommandLineOptions;
import io.ringtail.gateway.config.ConfigException;
import io.ringtail.gateway.config.ConfigLoader;
import io.ringtail.gateway.config.GatewayConfig;
import io.ringtail.trading.TradingDomain;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

import java.util.List;

/**
 * {@code bin/ringtail}: settings → engine (recovered from the journal) → HTTP. Exit codes: 0 after a
 * clean stop on SIGTERM or SIGINT, 1 when the server cannot start, 2 for a bad setting.
 */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        GatewayConfig config;
        try {
            CommandLineOptions options = CommandLineOptions.parse(args);
            if (options.helpRequested()) {
                System.out.print(options.usage());
                return;
            }
            config = ConfigLoader.load(options.values(), System.getenv());
        } catch (ConfigException e) {
            System.err.println("ringtail: " + e.getMessage());
            System.exit(2);
            return;
        }
        GatewayServer server;
        try {
            server = GatewayServer.start(config, new TradingDomain(config.instruments(), config.limits()), List.of());
        } catch (RuntimeException e) {
            LOG.debug("start-up failed", e);
            System.err.println("ringtail: cannot start: " + messages(e));
            System.exit(1);
            return;
        }
        RecoveryReport recovery = server.engine().recovery();
        LOG.info("ringtail listening on http://{}:{} data-dir={} durability={} recovered {} events (head sequence {}){}",
            config.bind(), server.port(), config.dataDirectory().toAbsolutePath(), config.durability(),
            recovery.events(), recovery.lastSequence(),
            recovery.fromSnapshot() ? " after snapshot " + recovery.snapshotFile().getFileName() : "");
        installShutdown(server);
    }

    /**
     * Replaces the JVM's default SIGTERM/SIGINT handling, which would exit 143/130 after the hooks, with an
     * orderly stop that exits 0. The hook covers every other way out (System.exit elsewhere).
     */
    private static void installShutdown(GatewayServer server) {
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "ringtail-shutdown"));
        for (String name : new String[] {"TERM", "INT"}) {
            Signal.handle(new Signal(name), signal -> {
                LOG.info("SIG{} received: stopping", name);
                int status = 0;
                try {
                    server.close();
                } catch (RuntimeException e) {
                    LOG.error("unclean stop", e);
                    status = 1;
                }
                System.exit(status);
            });
        }
    }

    /** The cause chain's messages on one line: the operator's answer, without a stack trace. */
    private static String messages(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (text.indexOf(message) < 0) {
                text.append(text.length() == 0 ? "" : ": ").append(message);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return text.toString();
    }
}
