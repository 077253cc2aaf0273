package io.ringtail.gateway.reply;

import io.ringtail.engine.CommandSlot;
import io.ringtail.engine.domain.Reasons;
import io.ringtail.gateway.http.ErrorCode;
import io.ringtail.gateway.http.ErrorResponder;
import io.ringtail.gateway.http.RejectionCodes;
import io.ringtail.gateway.metrics.LatencyBuckets;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.agrona.DirectBuffer;
import org.agrona.collections.Long2ObjectHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Where the writer sends the outcomes of one event loop's commands, and where that loop finds the
 * requests waiting for them. The slot's {@code replyTarget} is this object and its {@code correlationId}
 * the key of the request in {@link #pending}.
 *
 * <p>Back-pressure by construction: a command is published only while fewer than the queue's capacity are
 * pending on this loop, and each queued reply has a pending entry until drained, so the writer never finds
 * the queue full.
 *
 * <p>Threads: {@link #register}, {@link #cancel} and the drain run on the loop; {@link #offer} and
 * {@link #scheduleDrain} on the writer. At most one drain task is outstanding: the loop clears the flag
 * before it drains, so a reply queued after the drain began schedules the next one.
 */
public final class ReplyRoute {
    private static final Logger LOG = LoggerFactory.getLogger(ReplyRoute.class);

    private final Context context;
    private final ReplyQueue queue;
    private final IntFunction<String> reasonNames;
    private final RejectionCodes rejections;
    private final LatencyBuckets latency;
    private final Supplier<Throwable> journalFailure;
    private final Long2ObjectHashMap<PendingCommand> pending = new Long2ObjectHashMap<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final Handler<Void> drainTask = ignored -> drain();
    private final ReplyQueue.Consumer deliverer = this::deliver;
    private long nextCorrelationId;
    /** Writer thread only: this route has replies queued in the current batch. */
    boolean dirty;

    /**
     * @param context     the event loop that owns the pending requests
     * @param reasonNames the domain's names for rejection codes, sent as the error code
     * @param latency     this loop's receive-to-reply histogram, recorded into as each reply is written
     * @param journalFailure the engine's latest journal failure, named in a JOURNAL_UNAVAILABLE answer
     */
    public ReplyRoute(Context context, int capacity, IntFunction<String> reasonNames, LatencyBuckets latency,
                      Supplier<Throwable> journalFailure) {
        this.context = context;
        this.queue = new ReplyQueue(capacity);
        this.reasonNames = reasonNames;
        this.rejections = new RejectionCodes(reasonNames);
        this.latency = latency;
        this.journalFailure = journalFailure;
    }

    /** Loop thread. @return the correlation id, or -1 when this loop already has a full queue's worth in flight */
    public long register(PendingCommand command) {
        if (pending.size() >= queue.capacity()) {
            return -1;
        }
        long id = ++nextCorrelationId;
        pending.put(id, command);
        return id;
    }

    /** Loop thread: the command was never published (ring full), so no reply will come. */
    public void cancel(long correlationId) {
        pending.remove(correlationId);
    }

    /** Writer thread. */
    void offer(CommandSlot slot) {
        if (!queue.offer(slot)) {
            throw new IllegalStateException("reply queue full: more commands in flight than registered");
        }
    }

    /** Writer thread, once per batch in which this route got replies. */
    void scheduleDrain() {
        if (drainScheduled.compareAndSet(false, true)) {
            context.runOnContext(drainTask);
        }
    }

    private void drain() {
        drainScheduled.set(false);
        queue.drain(deliverer);
    }

    private void deliver(long correlationId, int reason, long version, DirectBuffer reply) {
        PendingCommand command = pending.remove(correlationId);
        if (command == null) {
            LOG.warn("reply for unknown correlation id {}", correlationId);
            return;
        }
        RoutingContext ctx = command.ctx();
        try {
            ctx.response().putHeader("X-Version", Long.toString(version));
            if (reason == Reasons.ACCEPTED) {
                command.responder().accepted(ctx, command, version, reply);
            } else {
                reject(ctx, reason, version);
            }
        } catch (RuntimeException e) {
            LOG.error("failed to answer command {}", correlationId, e);
            ErrorResponder.send(ctx, ErrorCode.INTERNAL_ERROR, "unexpected server error");
        }
        latency.record(System.nanoTime() - command.receivedNanos());
    }

    private void reject(RoutingContext ctx, int reason, long version) {
        ErrorCode code = rejections.of(reason);
        String message = switch (code) {
            case JOURNAL_UNAVAILABLE -> "the journal could not record the command; nothing was applied. Cause: "
                + JournalFailures.describe(journalFailure.get());
            case INTERNAL_ERROR, UNKNOWN_COMMAND -> "the engine failed on this command; nothing was applied";
            default -> "the command was rejected: " + reasonNames.apply(reason);
        };
        ErrorResponder.send(ctx, code, message, version);
    }
}
