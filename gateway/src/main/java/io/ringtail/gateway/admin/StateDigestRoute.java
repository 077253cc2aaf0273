package io.ringtail.gateway.admin;

import io.ringtail.engine.Engine;
import io.ringtail.engine.recovery.RecoveryReport;
import io.ringtail.engine.StateDigest;
import io.ringtail.gateway.auth.Access;
import io.ringtail.gateway.command.CommandBridge;
import io.ringtail.gateway.command.CommandRequest;
import io.ringtail.gateway.http.JsonResponse;
import io.ringtail.gateway.reply.CommandResponder;
import io.ringtail.gateway.reply.PendingCommand;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * {@code GET /admin/state} → 200 {@code {"version", "stateHash", "journalHead", "recovery": {"events",
 * "lastSequence"}}}: the writer's state digest (the hash of the whole domain state at sequence
 * {@code version}), asked for through the ring so the state is read on the writer thread. Read-only; it
 * costs the writer one pass over its state, so it is for operators and the crash harness, not for load.
 * {@code recovery} is what start-up replayed: a server recovered from the journal alone replayed exactly
 * {@code lastSequence} events when the journal has no sequence gap (replay also refuses to start on one).
 * Admin keys only.
 */
final class StateDigestRoute implements Handler<RoutingContext>, CommandResponder {
    private final CommandBridge bridge;
    private final Engine engine;
    private final DigestRequest request = new DigestRequest();

    StateDigestRoute(CommandBridge bridge, Engine engine) {
        this.bridge = bridge;
        this.engine = engine;
    }

    @Override
    public void handle(RoutingContext ctx) {
        Access.requireAdmin(ctx, "reading the state digest");
        bridge.publish(ctx, request, this, null, System.nanoTime());
    }

    @Override
    public void accepted(RoutingContext ctx, PendingCommand pending, long version, DirectBuffer reply) {
        RecoveryReport recovery = engine.recovery();
        JsonResponse.send(ctx, 200, new JsonObject()
            .put("version", version)
            .put("stateHash", String.format("%016x", StateDigest.stateHash(reply)))
            .put("journalHead", engine.headSequence())
            .put("recovery", new JsonObject()
                .put("events", recovery.events())
                .put("lastSequence", recovery.lastSequence())
                .put("snapshotSequence", recovery.snapshotSequence())));
    }

    /** The control entry has no payload. */
    private static final class DigestRequest extends CommandRequest {
        @Override
        protected int type() {
            return StateDigest.COMMAND_TYPE;
        }

        @Override
        protected int encode(MutableDirectBuffer payload) {
            return 0;
        }
    }
}
