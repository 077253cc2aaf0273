package io.ringtail.gateway.query;

/** Parsing of path and query parameters; a bad one is the client's mistake, answered with 400. */
final class QueryParams {
    private QueryParams() {
    }

    static long nonNegativeLong(String field, String text) {
        long value = parse(field, text);
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative, got " + text);
        }
        return value;
    }

    static long positiveLong(String field, String text) {
        long value = parse(field, text);
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be a positive whole number, got " + text);
        }
        return value;
    }

    /** A whole number from 1 to {@code max}; absent means {@code fallback}. */
    static int boundedInt(String field, String text, int fallback, int max) {
        if (text == null) {
            return fallback;
        }
        long value = positiveLong(field, text);
        if (value > max) {
            throw new IllegalArgumentException(field + " must be at most " + max + ", got " + text);
        }
        return (int) value;
    }

    private static long parse(String field, String text) {
        if (text.isEmpty() || text.length() > 19) {
            throw new IllegalArgumentException(field + " must be a whole number, got '" + text + "'");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " must be a whole number, got '" + text + "'");
        }
    }
}
