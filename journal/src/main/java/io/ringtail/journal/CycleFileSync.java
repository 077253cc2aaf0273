package io.ringtail.journal;

import net.openhft.chronicle.queue.ExcerptAppender;

import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Group commit for SYNC mode: forces the cycle file(s) written since the last force.
 *
 * <p>Chronicle 2026.4's {@code ExcerptAppender.sync()} msyncs only the current mapped chunk from the last
 * synced page up to the write position, is a no-op unless the queue was built with a {@code SyncMode}, and
 * only logs when msync fails. A batch that crossed a chunk or a daily roll would be left partly unsynced and
 * an I/O error would go unnoticed, so this forces the whole file with {@code fdatasync} instead, which on
 * Linux writes back dirty pages of a shared mapping too, and which throws when the disk fails.
 */
final class CycleFileSync implements AutoCloseable {
    private FileChannel channel;
    private int channelCycle = Integer.MIN_VALUE;
    private boolean dirty;
    private long forces;

    /** Called after each append: remembers the file the entry went to. */
    void written(ExcerptAppender appender) throws IOException {
        if (appender.cycle() != channelCycle) {
            switchTo(appender);
        }
        dirty = true;
    }

    /** Forces what was written since the last call; returns at once if nothing was. */
    void force() throws IOException {
        if (dirty) {
            channel.force(false);
            dirty = false;
            forces++;
        }
    }

    long forces() {
        return forces;
    }

    private void switchTo(ExcerptAppender appender) throws IOException {
        // The entries already in the old file belong to the current batch: force them before letting go.
        force();
        if (channel != null) {
            channel.close();
        }
        File file = appender.currentFile();
        channel = FileChannel.open(file.toPath(), StandardOpenOption.WRITE);
        channelCycle = appender.cycle();
        forceDirectory(file.toPath().getParent());
    }

    /** A new cycle file only survives power loss once the directory entry naming it is on disk too. */
    private static void forceDirectory(Path directory) throws IOException {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        }
    }

    @Override
    public void close() {
        try {
            force();
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            throw new JournalException("could not force journal file on close", e);
        }
    }
}
