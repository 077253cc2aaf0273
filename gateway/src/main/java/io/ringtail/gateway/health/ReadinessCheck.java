package io.ringtail.gateway.health;

import io.vertx.core.json.JsonObject;

/**
 * One condition for {@code /health/ready}. The server is ready when every check is; the read side adds
 * its own (projections caught up to the journal head seen at start) next to the engine's. Called on an
 * event loop: must answer at once from state it already has.
 */
public interface ReadinessCheck {
    /** Short stable name, shown in the readiness body. */
    String name();

    boolean ready();

    /** What an operator needs to see why (watermarks, lag, ...), shown under {@code details}; null for none. */
    default JsonObject detail() {
        return null;
    }
}
