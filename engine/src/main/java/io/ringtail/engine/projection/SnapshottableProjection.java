package io.ringtail.engine.projection;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * A projection whose view can be copied out between events and restored at start, so a restart replays
 * only the journal after the snapshot instead of everything. All calls come from the projection's thread.
 *
 * <p>Views are snapshotted rather than rebuilt from the domain's own snapshot: the domain keeps only what
 * it needs to decide (no trade history, no versions of terminal orders), so the views' contents cannot be
 * derived from it. Their state is plain memory in fixed layouts, which makes a copy cheap.
 */
public interface SnapshottableProjection extends Projection {
    /** Layout version written with each snapshot; a restore refuses any other. */
    int snapshotFormatVersion();

    /** Bytes {@link #captureSnapshot} would write now. */
    int snapshotLength();

    /**
     * Copies the view's state into {@code into} from offset 0, between events. Runs on the projection
     * thread, which applies nothing meanwhile: plain memory copies, nothing slower.
     *
     * @return bytes written, at most {@link #snapshotLength()}
     */
    int captureSnapshot(MutableDirectBuffer into);

    /**
     * Replaces the view with one restored from {@code payload} (written by {@link #captureSnapshot} of a
     * projection with the same configuration), before any event after it is applied. On failure it throws
     * and leaves the current view as it was.
     *
     * @throws IllegalStateException when the payload does not fit this projection (format, capacities)
     */
    void restoreSnapshot(DirectBuffer payload, int formatVersion);
}
