package io.ringtail.loadtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.HistogramIterationValue;

/**
 * Inline SVG of latency by percentile, one line per operation. The x axis is log10(1 / (1 - p)),
 * as in HdrHistogram's plots: 0%, 90%, 99%, 99.9%… are evenly spaced, so the tail gets the room.
 */
final class LatencyPlot {
    static final double MAX_X = 5; // 99.999%
    private static final int WIDTH = 860;
    private static final int HEIGHT = 420;
    private static final int LEFT = 70;
    private static final int RIGHT = 170;
    private static final int TOP = 20;
    private static final int BOTTOM = 50;
    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#8c564b", "#ff7f0e"};
    private static final String[] X_LABELS = {"0%", "90%", "99%", "99.9%", "99.99%", "99.999%"};

    private LatencyPlot() {
    }

    static String svg(List<OperationSummary> operations) {
        List<OperationSummary> plotted = operations.stream().filter(op -> op.count() > 0).toList();
        List<List<double[]>> lines = new ArrayList<>();
        double maxMillis = 0;
        for (OperationSummary op : plotted) {
            List<double[]> points = points(op);
            for (double[] p : points) {
                maxMillis = Math.max(maxMillis, p[1]);
            }
            lines.add(points);
        }
        double yTop = niceCeiling(maxMillis);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">%n",
                WIDTH, HEIGHT, WIDTH, HEIGHT));
        axes(svg, yTop);
        for (int i = 0; i < plotted.size(); i++) {
            String colour = COLOURS[i % COLOURS.length];
            svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(colour).append("\" points=\"");
            for (double[] p : lines.get(i)) {
                svg.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(p[0]), y(p[1], yTop)));
            }
            svg.append("\"/>\n");
            int legendY = TOP + 20 + 20 * i;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"/>"
                            + "<text x=\"%d\" y=\"%d\" font-size=\"13\">%s</text>%n",
                    WIDTH - RIGHT + 15, legendY, WIDTH - RIGHT + 40, legendY, colour,
                    WIDTH - RIGHT + 46, legendY + 4, plotted.get(i).operation().label()));
        }
        return svg.append("</svg>\n").toString();
    }

    /** (x, latency ms) pairs along the histogram's percentile iteration, capped at 99.999%. */
    static List<double[]> points(OperationSummary op) {
        List<double[]> points = new ArrayList<>();
        for (HistogramIterationValue v : op.histogram().percentiles(5)) {
            double percentile = Math.min(v.getPercentileLevelIteratedTo(), 99.999);
            double x = Math.min(MAX_X, Math.log10(1 / (1 - percentile / 100)));
            points.add(new double[] {x, v.getValueIteratedTo() / 1000.0});
            if (x >= MAX_X) {
                break;
            }
        }
        return points;
    }

    private static void axes(StringBuilder svg, double yTop) {
        int plotBottom = HEIGHT - BOTTOM;
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#444\"/>%n",
                LEFT, TOP, WIDTH - LEFT - RIGHT, plotBottom - TOP));
        for (int i = 0; i < X_LABELS.length; i++) {
            double x = x(i);
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
                            + "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">%s</text>%n",
                    x, TOP, x, plotBottom, x, plotBottom + 18, X_LABELS[i]));
        }
        for (int i = 0; i <= 5; i++) {
            double value = yTop * i / 5;
            double y = y(value, yTop);
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" font-size=\"12\" text-anchor=\"end\">%s</text>%n",
                    LEFT, y, WIDTH - RIGHT, y, LEFT - 6, y + 4, trim(value)));
        }
        svg.append(String.format(Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" font-size=\"13\" text-anchor=\"middle\">percentile</text>%n"
                        + "<text x=\"16\" y=\"%d\" font-size=\"13\" transform=\"rotate(-90 16 %d)\" text-anchor=\"middle\">latency (ms)</text>%n",
                (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 10, (TOP + plotBottom) / 2, (TOP + plotBottom) / 2));
    }

    private static double x(double logX) {
        return LEFT + logX / MAX_X * (WIDTH - LEFT - RIGHT);
    }

    private static double y(double millis, double yTop) {
        int plotBottom = HEIGHT - BOTTOM;
        return plotBottom - millis / yTop * (plotBottom - TOP);
    }

    /** 1, 2 or 5 times a power of ten, so the y grid lines land on round numbers. */
    static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
