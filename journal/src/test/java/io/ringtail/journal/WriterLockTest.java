package io.ringtail.journal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One writer per journal: a second engine on the same data directory is refused, with who holds it. */
class WriterLockTest {
    @TempDir
    Path dir;

    private Journal open() {
        return Journal.open(new JournalConfig(dir, DurabilityMode.ASYNC));
    }

    @Test
    void shouldRefuseASecondWriterInTheSameProcessAndAllowOneAfterClose() {
        try (Journal first = open()) {
            JournalException refused = assertThrows(JournalException.class, this::open);
            assertTrue(refused.getMessage().contains("already open for writing"), refused.getMessage());
            TestEntries.appendMany(first.createAppender(), 3, 2);
        }
        try (Journal again = open()) {
            assertEquals(3, again.openReport().entries(), "the refused open changed nothing");
        }
    }

    @Test
    void shouldRefuseAWriterWhileAnotherProcessHoldsTheJournalAndFreeItWhenThatProcessDies() throws Exception {
        Path root = Path.of(System.getProperty("ringtail.root"));
        Process holder = new ProcessBuilder("java", "@" + root.resolve("config/jvm.options"),
            "-cp", System.getProperty("java.class.path"), HoldingWriter.class.getName(), dir.toString())
            .redirectError(dir.resolve("holder.err").toFile())
            .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.US_ASCII));
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("OPEN "));
            assertTrue(line != null, "the holder process never opened the journal");
            String pid = line.substring("OPEN ".length()).trim();

            JournalException refused = assertThrows(JournalException.class, this::open);
            assertTrue(refused.getMessage().contains("by process " + pid), refused.getMessage());
        } finally {
            holder.destroyForcibly();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
        try (Journal mine = open()) {
            assertEquals(0, mine.openReport().tornEntries(), "the killed holder left nothing torn");
        }
    }
}
