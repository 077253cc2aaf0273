package io.ringtail.gateway;

import io.vertx.core.json.jackson.JacksonCodec;
import io.vertx.core.spi.JsonFactory;
import io.vertx.core.spi.json.JsonCodec;

/**
 * Keeps the tests on the JSON codec the server runs with. Vert.x switches to its databind codec whenever
 * jackson-databind is on the classpath, and the OpenAPI validator brings it to the test classpath only; the
 * shipped jar has no databind. Registered in {@code META-INF/services}, with an order ahead of Vert.x's own.
 */
public final class ProductionJsonFactory implements JsonFactory {
    private static final JsonCodec CODEC = new JacksonCodec();

    @Override
    public int order() {
        return 0;
    }

    @Override
    public JsonCodec codec() {
        return CODEC;
    }
}
