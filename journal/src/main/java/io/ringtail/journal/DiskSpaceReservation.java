package io.ringtail.journal;

import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.posix.PosixAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

/**
 * Makes sure the disk blocks under the journal's next bytes exist before they are written.
 *
 * <p>Chronicle writes through a memory mapping of a sparse file: a page gets its disk block only when it is
 * first touched. On a full disk that touch raises SIGBUS, which the JVM turns into an {@link InternalError}
 * thrown at some later instruction of the writer thread (or of a reader's, on tmpfs) — not a failure
 * anyone can attribute to one append. {@code fallocate} the range ahead instead: it fails with ENOSPC, at
 * once and at a known place, and never changes bytes already in the file, so reserving over written data
 * is harmless. Reservations go ahead in {@link #STEP} strides, one system call per stride.
 *
 * <p>Where the native call is not available, the filesystem's usable space is checked instead: weaker
 * (another process can take the space in between) but still turns most disk-full cases into a clean error.
 */
final class DiskSpaceReservation implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DiskSpaceReservation.class);
    /** Room kept ahead of every append for Chronicle's own writes there (document headers, index arrays). */
    static final long SLACK = 512 * 1024;
    static final long STEP = 512 * 1024;
    /** FALLOC_FL_KEEP_SIZE: allocate blocks without changing the file length Chronicle manages. */
    private static final int KEEP_SIZE = 1;

    private final PosixAPI posix;
    private int fd = -1;
    private File file;
    private int cycle = Integer.MIN_VALUE;
    private long reservedUpTo;

    DiskSpaceReservation() {
        this.posix = nativeFallocate();
    }

    /**
     * Reserves the blocks of {@code [position, end + SLACK)} in the appender's current cycle file; what lies
     * before {@code position} was written already.
     *
     * @throws JournalException when the filesystem has no room for them
     */
    void ensure(ExcerptAppender appender, long position, long end) {
        if (appender.cycle() != cycle) {
            switchTo(appender);
        }
        if (reservedUpTo < position) {
            reservedUpTo = position & ~4095L;
        }
        long needed = end + SLACK;
        if (needed <= reservedUpTo) {
            return;
        }
        if (!reserve(needed + STEP) && !reserve(needed)) {
            throw new JournalException("journal disk full: no room for " + (needed - reservedUpTo)
                + " more bytes in " + file + " (" + reason() + ")");
        }
    }

    private boolean reserve(long upTo) {
        boolean reserved;
        if (posix != null) {
            reserved = posix.fallocate(fd, KEEP_SIZE, reservedUpTo, upTo - reservedUpTo) == 0;
        } else {
            reserved = usableSpace() >= upTo - reservedUpTo;
        }
        if (reserved) {
            reservedUpTo = upTo;
        }
        return reserved;
    }

    private String reason() {
        return posix != null ? posix.lastErrorStr() : "usable space " + usableSpace() + " bytes";
    }

    private long usableSpace() {
        try {
            return Files.getFileStore(file.toPath()).getUsableSpace();
        } catch (IOException e) {
            return 0;
        }
    }

    private void switchTo(ExcerptAppender appender) {
        closeFile();
        File current = appender.currentFile();
        if (current == null) {
            throw new JournalException("the journal appender has no current file to reserve space in");
        }
        if (posix != null) {
            int opened = posix.open(current.getAbsolutePath(), 2 /* O_RDWR */, 0);
            if (opened < 0) {
                throw new JournalException("cannot open " + current + " to reserve space: " + posix.lastErrorStr());
            }
            fd = opened;
        }
        file = current;
        cycle = appender.cycle();
        reservedUpTo = 0;
    }

    private void closeFile() {
        if (fd >= 0) {
            posix.close(fd);
            fd = -1;
        }
    }

    @Override
    public void close() {
        closeFile();
    }

    private static PosixAPI nativeFallocate() {
        try {
            PosixAPI api = PosixAPI.posix();
            if (api.getClass().getName().contains("NoOp")) {
                LOG.warn("no native fallocate here: the journal checks free space instead of reserving it");
                return null;
            }
            return api;
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("no native fallocate here ({}): the journal checks free space instead of reserving it", e.toString());
            return null;
        }
    }
}
