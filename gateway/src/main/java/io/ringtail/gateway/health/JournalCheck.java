package io.ringtail.gateway.health;

import io.ringtail.engine.WriterCounters;
import io.ringtail.gateway.reply.JournalFailures;
import io.vertx.core.json.JsonObject;

/**
 * Not ready while the journal refuses appends (disk full, unwritable): commands answer 503 then, so a load
 * balancer should send them elsewhere. Ready again after the next append that succeeds; the writer retries
 * the journal with every command, so nothing but space coming back is needed.
 */
public final class JournalCheck implements ReadinessCheck {
    private final WriterCounters counters;

    public JournalCheck(WriterCounters counters) {
        this.counters = counters;
    }

    @Override
    public String name() {
        return "journal";
    }

    @Override
    public boolean ready() {
        return counters.journalAvailable();
    }

    @Override
    public JsonObject detail() {
        JsonObject detail = new JsonObject().put("available", counters.journalAvailable())
            .put("failures", counters.journalFailures());
        if (!counters.journalAvailable()) {
            detail.put("lastFailure", JournalFailures.describe(counters.lastJournalFailure()));
        }
        return detail;
    }
}
