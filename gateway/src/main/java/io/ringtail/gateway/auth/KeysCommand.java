package io.ringtail.gateway.auth;

import io.ringtail.gateway.config.CommandLineOptions;
import io.ringtail.gateway.config.ConfigException;
import io.ringtail.gateway.config.ConfigLoader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ringtail keys add|hash}: the keys file's editor. {@code add} appends a new key and prints it once;
 * {@code hash} prints the SHA-256 of a key read from standard input, for an admin editing the file by
 * hand. The file is found like the server finds it ({@code --keys-file}, {@code --data-dir}, environment,
 * {@code --config}). A running server reads the file at start and on SIGHUP: signal it to take new keys.
 */
public final class KeysCommand {
    private static final String USAGE = String.join("\n",
        "usage: ringtail keys add --principal NAME --role admin|trader|reader [--accounts ID,ID,...]",
        "                         [--keys-file FILE | --data-dir DIR | --config FILE]",
        "       ringtail keys hash < file-holding-the-key",
        "add prints the new key once; the file keeps only its SHA-256. Restart the server to use it.", "");

    private KeysCommand() {
    }

    /** @return the exit code: 0 done, 2 bad arguments, 1 the file could not be written */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length == 0) {
                err.print(USAGE);
                return 2;
            }
            return switch (args[0]) {
                case "add" -> add(args, out);
                case "hash" -> hash(out);
                default -> throw new IllegalArgumentException("unknown keys command '" + args[0] + "'");
            };
        } catch (IllegalArgumentException | ConfigException e) {
            err.println("ringtail keys: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (IOException e) {
            err.println("ringtail keys: " + e.getMessage());
            return 1;
        }
    }

    private static int add(String[] args, PrintStream out) throws IOException {
        String principal = null;
        Role role = null;
        long[] accounts = new long[0];
        List<String> settings = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--principal" -> principal = required(args[i], value);
                case "--role" -> role = Role.parse(required(args[i], value));
                case "--accounts" -> accounts = accounts(required(args[i], value));
                default -> {
                    settings.add(args[i]);
                    continue;
                }
            }
            i++;
        }
        if (principal == null || role == null) {
            throw new IllegalArgumentException("--principal and --role are required");
        }
        Path file = ConfigLoader.load(CommandLineOptions.parse(settings.toArray(String[]::new)).values(), System.getenv())
            .access().keysFile();
        String key = KeysFile.add(file, principal, role, accounts);
        // The key stays the last line, so a script can take it with tail -1.
        out.println("Added " + role.fileName() + " key for '" + principal + "' to " + file + "; a running server takes it "
            + "on SIGHUP (kill -HUP <its pid>). It is shown this once:");
        out.println(key);
        return 0;
    }

    private static int hash(PrintStream out) throws IOException {
        String key = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII)).readLine();
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("no key on standard input");
        }
        out.println(KeyHasher.hex(key.trim()));
        return 0;
    }

    private static String required(String flag, String value) {
        if (value == null) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return value;
    }

    private static long[] accounts(String list) {
        String[] parts = list.split(",");
        long[] accounts = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                accounts[i] = Long.parseLong(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--accounts must be account ids separated by commas");
            }
            if (accounts[i] < 1) {
                throw new IllegalArgumentException("--accounts must be positive");
            }
        }
        return accounts;
    }
}
