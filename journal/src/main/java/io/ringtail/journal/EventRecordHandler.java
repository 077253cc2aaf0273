package io.ringtail.journal;

/** Receives event records read from the journal; the record is only valid during the call. */
@FunctionalInterface
public interface EventRecordHandler {
    void onEvent(EventRecord event);
}
