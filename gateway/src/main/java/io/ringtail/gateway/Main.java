package io.ringtail.gateway;

import io.ringtail.engine.recovery.RecoveryReport;
import io.ringtail.gateway.auth.KeysCommand;
import io.ringtail.gateway.auth.KeysFile;
import io.ringtail.gateway.config.AccessConfig;
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
        if (args.length > 0 && args[0].equals("keys")) {
            System.exit(KeysCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
            return;
        }
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
        AccessConfig access = config.access();
        String firstKey;
        GatewayServer server;
        try {
            firstKey = access.dev() ? null : KeysFile.createWithAdmin(access.keysFile());
            server = GatewayServer.start(config, new TradingDomain(config.instruments(), config.limits()), List.of());
        } catch (RuntimeException e) {
            LOG.debug("start-up failed", e);
            System.err.println("ringtail: cannot start: " + messages(e));
            System.exit(1);
            return;
        }
        RecoveryReport recovery = server.engine().recovery();
        String url = access.scheme() + "://" + config.http().bind() + ":" + server.port();
        if (access.dev()) {
            LOG.warn("!!! --dev: API keys are OFF. Anyone who can reach {} acts as admin. Never use --dev outside "
                + "a local experiment. !!!", url);
        }
        if (firstKey != null) {
            printFirstKey(firstKey, access, url);
        }
        // Before the "listening" line, which scripts and tests wait for before they signal the process.
        installShutdown(server);
        if (!access.dev()) {
            installKeyReload(server);
        }
        LOG.info("ringtail listening on {} data-dir={} durability={} recovered {} events (head sequence {}){}{}",
            url, config.engineConfig().dataDirectory().toAbsolutePath(), config.engineConfig().durability(), recovery.events(),
            recovery.lastSequence(), access.dev() ? " auth=OFF (--dev)" : " keys-file=" + access.keysFile(),
            recovery.fromSnapshot() ? " after snapshot " + recovery.snapshotFile().getFileName() : "");
    }

    /**
     * The only place a key is ever shown: on standard output, once, when the keys file is created. The
     * key is on one line of its own, so an operator can copy it and a test can find it.
     */
    private static void printFirstKey(String key, AccessConfig access, String url) {
        String curlTls = access.tls() ? "--cacert " + access.tlsCert() + " " : "";
        System.out.println();
        System.out.println("Created " + access.keysFile() + " with a new admin API key. It is shown this once and");
        System.out.println("stored only as a hash; keep it secret (ringtail keys add makes more, see gateway/README.md):");
        System.out.println();
        System.out.println("export RINGTAIL_KEY=" + key);
        System.out.println();
        System.out.println("curl " + curlTls + "-H \"Authorization: Bearer $RINGTAIL_KEY\" " + url + "/instruments");
        System.out.println();
        System.out.flush();
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
                int status = 1;
                try {
                    server.close();
                    status = 0;
                } catch (Throwable e) {
                    // An Error too (a jar replaced under the running server fails class loading here): the
                    // process must still exit, or it would ignore every later SIGTERM.
                    LOG.error("unclean stop", e);
                } finally {
                    System.exit(status);
                }
            });
        }
    }

    /** SIGHUP re-reads the keys file: keys added, removed or re-roled take effect without a restart. */
    private static void installKeyReload(GatewayServer server) {
        Signal.handle(new Signal("HUP"), signal -> {
            try {
                LOG.info("SIGHUP received: keys reloaded, {} in force", server.reloadKeys());
            } catch (RuntimeException e) {
                LOG.error("SIGHUP received: keys not reloaded, the previous ones stay in force: {}", e.getMessage());
            }
        });
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
