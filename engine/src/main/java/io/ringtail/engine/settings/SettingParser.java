package io.ringtail.engine.settings;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.function.Function;

/**
 * Turns a setting's text into its value and says, in {@link #range()}, which texts it accepts. A bad text
 * throws {@link IllegalArgumentException} whose message says what a good one is ("must be within 1..1000");
 * {@link SettingValues} adds the setting's source and the text.
 *
 * @param <T> the parsed value's type
 */
public interface SettingParser<T> {
    T parse(String text);

    String range();

    /** A parser from a function, with its range in words. */
    static <T> SettingParser<T> of(String range, Function<String, T> parse) {
        return new SettingParser<>() {
            @Override
            public T parse(String text) {
                return parse.apply(text);
            }

            @Override
            public String range() {
                return range;
            }
        };
    }

    static SettingParser<Long> wholeNumber(long min, long max) {
        return of(max == Long.MAX_VALUE ? min + " or more" : min + ".." + max, text -> longIn(text, min, max));
    }

    static SettingParser<Integer> integer(int min, int max) {
        return of(max == Integer.MAX_VALUE ? min + " or more" : min + ".." + max, text -> (int) longIn(text, min, max));
    }

    static SettingParser<Integer> powerOfTwo(int max) {
        return of("power of two, 2.." + max, text -> {
            int parsed = (int) longIn(text, 2, max);
            if (Integer.bitCount(parsed) != 1) {
                throw new IllegalArgumentException("must be a power of two");
            }
            return parsed;
        });
    }

    static SettingParser<Boolean> bool() {
        return of("true, false", text -> switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("must be true or false");
        });
    }

    static SettingParser<String> text() {
        return of("", SettingParser::nonEmpty);
    }

    static SettingParser<Path> path() {
        return of("", text -> Paths.get(nonEmpty(text)));
    }

    static String nonEmpty(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("must not be empty");
        }
        return text;
    }

    static long longIn(String text, long min, long max) {
        long parsed;
        try {
            parsed = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a whole number");
        }
        if (parsed < min || parsed > max) {
            throw new IllegalArgumentException("must be within " + min + ".." + max);
        }
        return parsed;
    }
}
