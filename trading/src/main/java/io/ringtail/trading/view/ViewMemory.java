package io.ringtail.trading.view;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * A view structure whose state is plain memory that a snapshot copies out and back. An abstract class
 * rather than an interface so the copy methods stay package-private on the public views.
 */
abstract class ViewMemory {
    /** Bytes {@link #snapshotTo} would write now. */
    abstract int snapshotLength();

    /** Copies the state to {@code into} at {@code offset}; returns the offset after it. */
    abstract int snapshotTo(MutableDirectBuffer into, int offset);

    /** Loads the state written by {@link #snapshotTo} at {@code offset}; returns the offset after it. */
    abstract int restoreFrom(DirectBuffer from, int offset);
}
