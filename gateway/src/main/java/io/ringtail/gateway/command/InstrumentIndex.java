package io.ringtail.gateway.command;

import io.ringtail.gateway.http.ApiError;
import io.ringtail.gateway.http.ErrorCode;
import io.ringtail.trading.Instrument;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The configured instruments by symbol. Commands carry the instrument's index in this list, the same
 * list the trading domain was built with, so the gateway resolves symbols and the domain never sees text.
 */
public final class InstrumentIndex {
    private final List<Instrument> instruments;
    private final Map<String, Integer> indexBySymbol = new HashMap<>();
    private final JsonArray json = new JsonArray();

    public InstrumentIndex(List<Instrument> instruments) {
        this.instruments = List.copyOf(instruments);
        for (int i = 0; i < instruments.size(); i++) {
            Instrument instrument = instruments.get(i);
            indexBySymbol.put(instrument.symbol(), i);
            json.add(new JsonObject().put("symbol", instrument.symbol())
                .put("tickSize", instrument.tickSize()).put("lotSize", instrument.lotSize()));
        }
    }

    /** @throws ApiError UNKNOWN_SYMBOL when the symbol is not configured */
    public int indexOf(String symbol, String field) {
        Integer index = indexBySymbol.get(symbol);
        if (index == null) {
            throw new ApiError(ErrorCode.UNKNOWN_SYMBOL, "field '" + field + "': unknown symbol '" + symbol
                + "'; known: " + String.join(", ", indexBySymbol.keySet()));
        }
        return index;
    }

    public List<Instrument> instruments() {
        return instruments;
    }

    /** The list as {@code GET /instruments} returns it; a copy, so callers cannot change the index's own. */
    public JsonArray toJson() {
        return json.copy();
    }
}
