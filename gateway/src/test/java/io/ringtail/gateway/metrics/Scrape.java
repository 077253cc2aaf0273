package io.ringtail.gateway.metrics;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** One {@code /metrics} response parsed into series (name plus labels, as printed) and their values. */
final class Scrape {
    private final Map<String, Double> values = new HashMap<>();
    private final Set<String> names = new HashSet<>();
    final String text;

    Scrape(String text) {
        this.text = text;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            String series = line.substring(0, space);
            values.put(series, Double.parseDouble(line.substring(space + 1)));
            int brace = series.indexOf('{');
            names.add(brace < 0 ? series : series.substring(0, brace));
        }
    }

    /** The value of a series written exactly as exposed, e.g. {@code x_total{a="b"}}; fails if absent. */
    double value(String series) {
        Double value = values.get(series);
        if (value == null) {
            throw new AssertionError("no series " + series + " in:\n" + text);
        }
        return value;
    }

    boolean has(String series) {
        return values.containsKey(series);
    }

    /** Sample names: a histogram shows as its _bucket, _count and _sum, a counter as its _total. */
    Set<String> names() {
        return names;
    }
}
