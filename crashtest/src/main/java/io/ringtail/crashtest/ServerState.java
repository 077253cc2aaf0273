package io.ringtail.crashtest;

import io.vertx.core.json.JsonObject;

import java.io.IOException;

/**
 * A server's {@code GET /admin/state}: the writer's state hash at journal sequence {@code version}, and
 * what its start-up recovery replayed.
 */
record ServerState(long version, String stateHash, long recoveredEvents, long recoveredSequence) {
    static ServerState fetch(HttpApi api) throws IOException {
        HttpApi.Reply reply = api.get("/admin/state");
        if (reply.status() != 200) {
            throw new IOException("GET /admin/state answered " + reply);
        }
        JsonObject json = reply.json();
        JsonObject recovery = json.getJsonObject("recovery");
        return new ServerState(json.getLong("version"), json.getString("stateHash"), recovery.getLong("events"),
            recovery.getLong("lastSequence"));
    }
}
