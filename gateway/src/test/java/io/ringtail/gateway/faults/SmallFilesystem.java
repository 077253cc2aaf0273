package io.ringtail.gateway.faults;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small tmpfs mounted on a test directory, so a test can fill a disk for real. Mounting needs root (or
 * CAP_SYS_ADMIN); {@link #tryMount} says why it could not, and the caller skips with that reason.
 */
final class SmallFilesystem implements AutoCloseable {
    private final Path mountPoint;

    private SmallFilesystem(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** @return the mounted filesystem, or null with the reason written into {@code why} */
    static SmallFilesystem tryMount(Path mountPoint, int megabytes, StringBuilder why) {
        try {
            Files.createDirectories(mountPoint);
            String output = run(List.of("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", mountPoint.toString()));
            if (output != null) {
                why.append("cannot mount a tmpfs on ").append(mountPoint).append(": ").append(output);
                return null;
            }
            return new SmallFilesystem(mountPoint);
        } catch (IOException e) {
            why.append("cannot mount a tmpfs: ").append(e);
            return null;
        }
    }

    Path root() {
        return mountPoint;
    }

    /** Writes zeros into {@code filler} until the filesystem says it is full; returns the bytes written. */
    long fill(Path filler) throws IOException {
        long written = 0;
        // Large blocks first, then page-sized ones for the last bit of room the large ones left.
        for (int blockSize : new int[] {64 * 1024, 4096}) {
            byte[] block = new byte[blockSize];
            try (OutputStream out = Files.newOutputStream(filler, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                while (true) {
                    out.write(block);
                    written += block.length;
                }
            } catch (IOException full) {
                if (!String.valueOf(full.getMessage()).contains("No space left")) {
                    throw full;
                }
            }
        }
        return written;
    }

    long usableSpace() throws IOException {
        return Files.getFileStore(mountPoint).getUsableSpace();
    }

    @Override
    public void close() throws IOException {
        if (run(List.of("umount", mountPoint.toString())) != null) {
            run(List.of("umount", "-l", mountPoint.toString()));
        }
    }

    /** @return null on success, else the command's output */
    private static String run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return String.join(" ", command) + " timed out";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return process.exitValue() == 0 ? null : "exit " + process.exitValue() + ": " + output;
    }
}
