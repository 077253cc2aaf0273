package io.ringtail.peer;

import exchange.core2.core.common.CoreWaitStrategy;
import exchange.core2.core.common.L2MarketData;
import io.ringtail.workload.CrossingStream;
import io.ringtail.workload.PlaceCancelStream;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** exchange-core accepts both streams as Ringtail does, and its books end as the streams say they should. */
class ExchangeCorePeerTest {
    private static final int STEPS = 30_000;

    @Test
    void shouldAcceptEveryPlaceAndCancelAndKeepAboutRestingOrders() {
        try (ExchangeCorePeer peer = new ExchangeCorePeer(false, CoreWaitStrategy.BLOCKING)) {
            ExchangeCoreSink sink = new ExchangeCoreSink(peer.api());
            PlaceCancelStream stream = new PlaceCancelStream();
            for (int i = 0; i < STEPS; i++) {
                stream.next(sink);
            }
            peer.results().awaitAllAccepted(STEPS);
            assertEquals(STEPS, peer.results().completed());
            long resting = 0;
            for (int symbol = 0; symbol < 2; symbol++) {
                L2MarketData book = peer.api().requestOrderBookAsync(ExchangeCorePeer.symbolId(symbol), 100).join();
                resting += sum(book.askOrders, book.askSize) + sum(book.bidOrders, book.bidSize);
            }
            assertEquals(PlaceCancelStream.RESTING, resting, "places never cross, cancels take the oldest");
        }
    }

    @Test
    void shouldFillEveryMakerOfTheCrossingStream() {
        try (ExchangeCorePeer peer = new ExchangeCorePeer(false, CoreWaitStrategy.BLOCKING)) {
            ExchangeCoreSink sink = new ExchangeCoreSink(peer.api());
            CrossingStream stream = new CrossingStream();
            for (int i = 0; i < STEPS; i++) {
                stream.next(sink);
            }
            peer.results().awaitAllAccepted(STEPS);
            for (int symbol = 0; symbol < 2; symbol++) {
                L2MarketData book = peer.api().requestOrderBookAsync(ExchangeCorePeer.symbolId(symbol), 100).join();
                assertEquals(0, book.askSize + book.bidSize, "every maker taken in full");
            }
        }
    }

    @Test
    void shouldCountARejectionAndFailTheDrain() {
        try (ExchangeCorePeer peer = new ExchangeCorePeer(false, CoreWaitStrategy.BLOCKING)) {
            new ExchangeCoreSink(peer.api()).cancel(1, 424242, 0);
            IllegalStateException failure = assertThrows(IllegalStateException.class, () -> peer.results().awaitAllAccepted(1));
            assertTrue(failure.getMessage().contains("MATCHING_UNKNOWN_ORDER_ID"), failure.getMessage());
        }
    }

    @Test
    void shouldJournalUnderDumpsAndCleanUp() throws IOException {
        Path journal;
        try (ExchangeCorePeer peer = new ExchangeCorePeer(true, CoreWaitStrategy.BLOCKING)) {
            ExchangeCoreSink sink = new ExchangeCoreSink(peer.api());
            PlaceCancelStream stream = new PlaceCancelStream();
            for (int i = 0; i < 5_000; i++) {
                stream.next(sink);
            }
            peer.results().awaitAllAccepted(5_000);
            journal = newestUnder(Path.of("dumps"));
            try (Stream<Path> files = Files.list(journal)) {
                assertTrue(files.anyMatch(f -> f.getFileName().toString().endsWith(".ecj") && f.toFile().length() > 0), "journal written");
            }
        }
        assertFalse(Files.exists(journal), "journal directory deleted on close");
    }

    private static Path newestUnder(Path dumps) throws IOException {
        try (Stream<Path> dirs = Files.list(dumps)) {
            return dirs.max((a, b) -> Long.compare(a.toFile().lastModified(), b.toFile().lastModified())).orElseThrow();
        }
    }

    private static long sum(long[] values, int size) {
        long total = 0;
        for (int i = 0; i < size; i++) {
            total += values[i];
        }
        return total;
    }
}
