package io.ringtail.trading;

import io.ringtail.engine.settings.Setting;
import io.ringtail.engine.settings.SettingException;
import io.ringtail.engine.settings.SettingGroup;
import io.ringtail.engine.settings.SettingParser;
import io.ringtail.engine.settings.SettingValues;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The trading domain's settings: its capacities ({@link TradingLimits}) and its instruments. */
public final class TradingSettings {
    public static final SettingGroup LIMITS = new SettingGroup("Trading limits");
    public static final SettingGroup INSTRUMENT_LIST = new SettingGroup("Instruments");

    private static final TradingLimits DEFAULTS = TradingLimits.defaults();

    public static final Setting<Integer> MAX_ACCOUNTS = LIMITS.add(Setting.of("max-accounts", "N",
        String.valueOf(DEFAULTS.maxAccounts()), SettingParser.integer(1, 100_000_000),
        "accounts that can ever be opened (pre-allocated)"));
    public static final Setting<Integer> MAX_OPEN_ORDERS = LIMITS.add(Setting.of("max-open-orders", "N",
        String.valueOf(DEFAULTS.maxOpenOrders()), SettingParser.integer(1, 100_000_000),
        "orders resting at once (pre-allocated)"));
    public static final Setting<Integer> MAX_PRICE_LEVELS = LIMITS.add(Setting.of("max-price-levels", "N",
        String.valueOf(DEFAULTS.maxPriceLevels()), SettingParser.integer(1, 10_000_000),
        "distinct prices per symbol and side"));
    public static final Setting<Integer> ORDER_RETENTION = LIMITS.add(Setting.of("order-retention", "N",
        String.valueOf(DEFAULTS.terminalOrderRetention()), SettingParser.integer(0, 100_000_000),
        "filled or cancelled orders kept for clientOrderId de-duplication"));
    public static final Setting<List<Instrument>> INSTRUMENTS = INSTRUMENT_LIST.add(Setting.of("instruments", "LIST",
        "ACME:1:1, BOLT:5:10, CRUX:1:100", SettingParser.of("SYMBOL:TICK:LOT,...", TradingSettings::parseInstruments),
        "tradable instruments as SYMBOL:TICK:LOT,...; in the config file an array of {symbol, tickSize, lotSize}"));

    private TradingSettings() {
    }

    public static TradingLimits limits(SettingValues values) {
        try {
            return new TradingLimits(values.get(MAX_ACCOUNTS), values.get(MAX_OPEN_ORDERS), values.get(MAX_PRICE_LEVELS),
                values.get(ORDER_RETENTION), 0);
        } catch (IllegalArgumentException e) {
            throw new SettingException("invalid trading limits: " + e.getMessage());
        }
    }

    public static List<Instrument> instruments(SettingValues values) {
        return values.get(INSTRUMENTS);
    }

    private static List<Instrument> parseInstruments(String text) {
        List<Instrument> parsed = new ArrayList<>();
        Set<String> symbols = new HashSet<>();
        for (String entry : SettingParser.nonEmpty(text).split(",")) {
            String[] parts = entry.trim().split(":");
            if (parts.length != 3) {
                throw new IllegalArgumentException("each instrument must be SYMBOL:TICK:LOT");
            }
            String symbol = parts[0].trim();
            if (!symbols.add(symbol)) {
                throw new IllegalArgumentException("symbol '" + symbol + "' is listed twice");
            }
            parsed.add(new Instrument(symbol, SettingParser.longIn(parts[1].trim(), 1, Long.MAX_VALUE),
                SettingParser.longIn(parts[2].trim(), 1, Long.MAX_VALUE)));
        }
        return List.copyOf(parsed);
    }
}
