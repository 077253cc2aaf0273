package io.ringtail.loadtest;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads "30s", "500ms", "250us", "2m", "1h" (a bare number means seconds), as people type them on a command line. */
public final class DurationParser implements ITypeConverter<Duration> {
    private static final Pattern FORM = Pattern.compile("(\\d+)(us|ms|s|m|h)?");

    @Override
    public Duration convert(String text) {
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            // picocli prints a TypeConversionException's message as is, without the exception's class name.
            throw new TypeConversionException(e.getMessage());
        }
    }

    public static Duration parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("bad duration '" + text + "' (e.g. 500ms, 30s, 2m)");
        }
        try {
            return of(Long.parseLong(m.group(1)), m.group(2) == null ? "s" : m.group(2));
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("duration '" + text + "' is too long");
        }
    }

    private static Duration of(long n, String unit) {
        return switch (unit) {
            case "us" -> Duration.ofNanos(Math.multiplyExact(n, 1_000L));
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
    }
}
