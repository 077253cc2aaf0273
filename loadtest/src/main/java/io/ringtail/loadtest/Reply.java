package io.ringtail.loadtest;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * One HTTP reply from the gateway: status, the body, and the {@code X-Version} header
 * ({@link #NO_VERSION} when absent or not a number).
 */
record Reply(int status, Buffer body, long headerVersion) {
    static final long NO_VERSION = -1;

    /** The body as a JSON object, or an empty object when it is empty or not an object. */
    JsonObject json() {
        if (body == null || body.length() == 0) {
            return new JsonObject();
        }
        try {
            Object value = Json.decodeValue(body);
            return value instanceof JsonObject object ? object : new JsonObject();
        } catch (DecodeException e) {
            return new JsonObject();
        }
    }

    JsonArray jsonArray() {
        try {
            return body == null ? new JsonArray() : new JsonArray(body);
        } catch (DecodeException | ClassCastException e) {
            return new JsonArray();
        }
    }

    /** The version token of a command reply: the header, else the body's "version" field. */
    long version() {
        if (headerVersion != NO_VERSION) {
            return headerVersion;
        }
        Object v = json().getValue("version");
        return v instanceof Number n ? n.longValue() : NO_VERSION;
    }

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    String errorCode() {
        return json().getString("error", "");
    }
}
