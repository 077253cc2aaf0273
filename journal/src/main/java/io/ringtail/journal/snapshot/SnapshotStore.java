package io.ringtail.journal.snapshot;

import org.agrona.IoUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

import static io.ringtail.journal.snapshot.SnapshotFormat.*;

/**
 * A directory of snapshot files, one per captured sequence; see {@link SnapshotFormat} for the layout.
 *
 * <p>A file appears under its final name only once it is complete and forced to disk (written to a temp
 * file, forced, renamed, directory forced), so a crash mid-write leaves at worst a temp file, which is
 * ignored and removed on the next open. Loading still checks every header and checksum, because a disk or
 * an operator can damage a file after it was written. One thread writes; any thread may load or list at the
 * same time (a file pruned while it is being loaded stays readable through its mapping).
 */
public final class SnapshotStore {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotStore.class);

    private final Path directory;
    private final int keep;

    /** Creates the directory if needed and removes temp files left by a crash mid-write. */
    public SnapshotStore(Path directory, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("snapshot keep must be >= 1, was " + keep);
        }
        this.directory = directory;
        this.keep = keep;
        try {
            Files.createDirectories(directory);
            try (Stream<Path> entries = Files.list(directory)) {
                for (Path temp : entries.filter(p -> p.getFileName().toString().endsWith(TEMP_SUFFIX)).toList()) {
                    LOG.info("Removing unfinished snapshot {} left by an interrupted write", temp);
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open snapshot directory " + directory, e);
        }
    }

    public Path directory() {
        return directory;
    }

    /**
     * Writes {@code payload[position, limit)} atomically (temp file, force, rename, force the directory), then
     * keeps only the newest {@code keep} files. The payload's position and limit are left unchanged.
     */
    public Path write(long sequence, int formatVersion, ByteBuffer payload) throws IOException {
        if (sequence < 0) {
            throw new IllegalArgumentException("snapshot sequence must be >= 0, was " + sequence);
        }
        ByteBuffer body = payload.duplicate();
        if (body.remaining() > MAX_PAYLOAD_LENGTH) {
            throw new IllegalArgumentException("snapshot payload of " + body.remaining() + " bytes exceeds " + MAX_PAYLOAD_LENGTH);
        }
        CRC32C crc = new CRC32C();
        crc.update(body.duplicate());
        ByteBuffer header = header(sequence, formatVersion, body.remaining(), (int) crc.getValue());

        Path target = directory.resolve(fileName(sequence));
        Path temp = directory.resolve(fileName(sequence) + TEMP_SUFFIX);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            writeFully(channel, header);
            writeFully(channel, body);
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceDirectory();
        prune();
        return target;
    }

    /**
     * The newest snapshot with {@code sequence <= maxSequence} whose header and checksums are valid. Invalid
     * files are logged with the reason and skipped in favour of older ones; files ahead of {@code maxSequence}
     * (a journal that lost its unsynced tail in a power loss) are skipped the same way.
     */
    public Optional<LoadedSnapshot> loadNewest(long maxSequence) {
        for (Path file : files()) {
            long named = sequenceOf(file.getFileName().toString());
            if (named > maxSequence) {
                LOG.warn("Skipping snapshot {}: its sequence {} is ahead of the journal's last sequence {}", file, named, maxSequence);
                continue;
            }
            try {
                LoadedSnapshot loaded = load(file, named);
                if (loaded != null) {
                    return Optional.of(loaded);
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("Skipping snapshot {}: cannot read it ({})", file, e.toString());
            }
        }
        return Optional.empty();
    }

    /** Snapshot files, newest (highest sequence) first; temp files are not listed. */
    public List<Path> files() {
        try (Stream<Path> entries = Files.list(directory)) {
            List<Path> files = new ArrayList<>(entries.filter(p -> sequenceOf(p.getFileName().toString()) >= 0).toList());
            files.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list snapshot directory " + directory, e);
        }
    }

    /** The file mapped and validated, or null (logged) when it is not a valid snapshot. */
    private LoadedSnapshot load(Path file, long namedSequence) throws IOException {
        MappedByteBuffer mapping;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < HEADER_LENGTH) {
                return invalid(file, "truncated: " + size + " bytes, shorter than the " + HEADER_LENGTH + "-byte header");
            }
            if (size > MAX_PAYLOAD_LENGTH + HEADER_LENGTH) {
                return invalid(file, "too large: " + size + " bytes");
            }
            mapping = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
        }
        String problem = problem(mapping, namedSequence);
        if (problem != null) {
            IoUtil.unmap(mapping);
            return invalid(file, problem);
        }
        ByteBuffer view = mapping.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        return new LoadedSnapshot(view.getLong(SEQUENCE_OFFSET), view.getInt(FORMAT_VERSION_OFFSET), file, mapping,
                (int) view.getLong(PAYLOAD_LENGTH_OFFSET));
    }

    private static String problem(MappedByteBuffer mapping, long namedSequence) {
        CRC32C crc = new CRC32C();
        ByteBuffer view = mapping.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        int magic = view.getInt(MAGIC_OFFSET);
        if (magic != MAGIC) {
            return "not a snapshot file: magic 0x" + Integer.toHexString(magic);
        }
        crc.reset();
        crc.update(view.duplicate().position(0).limit(HEADER_CRC_OFFSET));
        if ((int) crc.getValue() != view.getInt(HEADER_CRC_OFFSET)) {
            return "header checksum mismatch";
        }
        int headerVersion = view.getInt(HEADER_VERSION_OFFSET);
        if (headerVersion != HEADER_VERSION) {
            return "unsupported header version " + headerVersion;
        }
        long sequence = view.getLong(SEQUENCE_OFFSET);
        if (sequence != namedSequence) {
            return "header sequence " + sequence + " does not match the file name";
        }
        long length = view.getLong(PAYLOAD_LENGTH_OFFSET);
        if (length != mapping.capacity() - HEADER_LENGTH) {
            return "truncated or padded: header says " + length + " payload bytes, file holds "
                    + (mapping.capacity() - HEADER_LENGTH);
        }
        crc.reset();
        crc.update(view.duplicate().position(HEADER_LENGTH).limit(mapping.capacity()));
        if ((int) crc.getValue() != view.getInt(PAYLOAD_CRC_OFFSET)) {
            return "payload checksum mismatch";
        }
        return null;
    }

    private static LoadedSnapshot invalid(Path file, String reason) {
        LOG.warn("Skipping snapshot {}: {}", file, reason);
        return null;
    }

    private static ByteBuffer header(long sequence, int formatVersion, long payloadLength, int payloadCrc) {
        ByteBuffer header = ByteBuffer.allocate(HEADER_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(MAGIC_OFFSET, MAGIC)
                .putInt(HEADER_VERSION_OFFSET, HEADER_VERSION)
                .putInt(FORMAT_VERSION_OFFSET, formatVersion)
                .putInt(FORMAT_VERSION_OFFSET + Integer.BYTES, 0)
                .putLong(SEQUENCE_OFFSET, sequence)
                .putLong(PAYLOAD_LENGTH_OFFSET, payloadLength)
                .putInt(PAYLOAD_CRC_OFFSET, payloadCrc);
        CRC32C crc = new CRC32C();
        crc.update(header.duplicate().position(0).limit(HEADER_CRC_OFFSET));
        header.putInt(HEADER_CRC_OFFSET, (int) crc.getValue());
        return header;
    }

    private void prune() throws IOException {
        List<Path> files = files();
        for (int i = keep; i < files.size(); i++) {
            Files.deleteIfExists(files.get(i));
        }
    }

    private void forceDirectory() throws IOException {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        }
    }

    private static void writeFully(FileChannel channel, ByteBuffer source) throws IOException {
        ByteBuffer remaining = source.duplicate();
        while (remaining.hasRemaining()) {
            channel.write(remaining);
        }
    }
}
