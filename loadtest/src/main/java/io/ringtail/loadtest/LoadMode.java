package io.ringtail.loadtest;

/**
 * How requests are paced. FIXED_RATE is open loop: every request has a planned send time and its
 * latency starts there, so a slow server shows up as growing latency instead of fewer samples.
 * MAX is closed loop: each connection sends as soon as its previous reply arrived.
 */
public enum LoadMode {
    FIXED_RATE("fixed-rate"),
    MAX("max");

    private final String label;

    LoadMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static LoadMode ofLabel(String text) {
        for (LoadMode mode : values()) {
            if (mode.label.equals(text)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("bad mode '" + text + "' (expected fixed-rate or max)");
    }
}
