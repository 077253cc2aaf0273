package io.ringtail.trading;

/**
 * A tradable symbol, configured at start-up and addressed by its index in the configured list.
 *
 * @param symbol   1 to 8 printable ASCII characters, so it fits a view record's fixed field
 * @param tickSize every price is a positive multiple of it
 * @param lotSize  every order quantity is a positive multiple of it
 */
public record Instrument(String symbol, long tickSize, long lotSize) {
    public static final int MAX_SYMBOL_LENGTH = 8;

    public Instrument {
        if (symbol == null || symbol.isEmpty() || symbol.length() > MAX_SYMBOL_LENGTH) {
            throw new IllegalArgumentException("symbol must have 1.." + MAX_SYMBOL_LENGTH + " characters: " + symbol);
        }
        for (int i = 0; i < symbol.length(); i++) {
            char c = symbol.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                throw new IllegalArgumentException("symbol must be printable ASCII: " + symbol);
            }
        }
        if (tickSize <= 0 || lotSize <= 0) {
            throw new IllegalArgumentException("tick and lot size must be positive: " + symbol);
        }
    }
}
