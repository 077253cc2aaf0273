package io.ringtail.engine.domain;

import io.ringtail.journal.EventRecord;

/** Folds one event into the domain state. Used live and in replay alike, so both give the same state. */
@FunctionalInterface
public interface EventApplier {
    void apply(EventRecord event);
}
