package io.ringtail.gateway.metrics;

import io.ringtail.engine.projection.Projection;
import io.ringtail.journal.EventRecord;

import java.util.concurrent.atomic.AtomicLong;

/** The smallest real read model: how many events it has seen. Enough to have watermarks and lag. */
final class CountingProjection implements Projection {
    private final String name;
    private final AtomicLong events = new AtomicLong();

    CountingProjection(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void apply(EventRecord event) {
        events.lazySet(events.get() + 1);
    }

    @Override
    public void reset() {
        events.set(0);
    }

    long events() {
        return events.get();
    }
}
