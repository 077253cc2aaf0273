package io.ringtail.trading.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringtail.journal.EventRecord;
import io.ringtail.trading.Instrument;
import io.ringtail.trading.OrderStatus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reader threads read the real books and orders views while a writer thread applies recorded trading
 * events as fast as it can (several passes, each on fresh views after a reset). Every record read must
 * satisfy invariants that a torn or half-applied record would break.
 */
class TornReadTest {
    private static final List<Instrument> INSTRUMENTS = RecordedTradingEvents.INSTRUMENTS;
    private static final int PASSES = 4;
    private static final int READERS = 2;

    private final AtomicLong violations = new AtomicLong();
    private final AtomicReference<String> firstViolation = new AtomicReference<>();

    @Test
    void shouldNeverReadATornBookOrOrderWhileEventsAreApplied() throws InterruptedException {
        RecordedTradingEvents recorded = RecordedTradingEvents.generate(9, 16, 15_000);
        TradingViewConfig config = new TradingViewConfig(50_000, 32, 8, 20);
        BooksProjection books = new BooksProjection(config, INSTRUMENTS.size());
        OrdersProjection orders = new OrdersProjection(config);
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong reads = new AtomicLong();
        long highestOrderId = recorded.domain().dump().nextOrderId() - 1;

        AtomicReference<Throwable> writerFailure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            EventRecord record = new EventRecord();
            try {
                for (int pass = 0; pass < PASSES; pass++) {
                    books.reset();
                    orders.reset();
                    recorded.applyAll(books, record);
                    recorded.applyAll(orders, record);
                }
            } catch (RuntimeException e) {
                writerFailure.set(e);
            } finally {
                done.set(true);
            }
        }, "torn-read-writer");
        Thread[] readers = new Thread[READERS];
        for (int r = 0; r < READERS; r++) {
            long seed = r;
            readers[r] = new Thread(() -> read(books, orders, highestOrderId, seed, done, reads), "torn-read-reader-" + r);
        }
        for (Thread reader : readers) {
            reader.start();
        }
        writer.start();
        writer.join();
        for (Thread reader : readers) {
            reader.join();
        }
        assertEquals(null, writerFailure.get(), "the projections applied every event");
        assertEquals(0, violations.get(), firstViolation.get());
        assertTrue(reads.get() > 0, "readers read");
    }

    private void read(BooksProjection books, OrdersProjection orders, long highestOrderId, long seed, AtomicBoolean done,
                      AtomicLong reads) {
        SplittableRandom random = new SplittableRandom(seed);
        BookSnapshot book = new BookSnapshot(books.view().depth());
        OrderSnapshot order = new OrderSnapshot();
        long count = 0;
        while (!done.get()) {
            int symbol = random.nextInt(INSTRUMENTS.size());
            if (books.view().book(symbol, book)) {
                checkBook(book, INSTRUMENTS.get(symbol));
            } else {
                violation("book of configured symbol " + symbol + " missing");
            }
            long orderId = 1 + random.nextLong(highestOrderId);
            if (orders.view().order(orderId, order)) {
                checkOrder(order, orderId);
            }
            count += 2;
        }
        reads.addAndGet(count);
    }

    private void checkBook(BookSnapshot book, Instrument instrument) {
        for (int i = 0; i < book.bidLevels(); i++) {
            checkLevel("bid", book.bidPrice(i), book.bidQuantity(i), book.bidOrders(i), instrument, book);
            if (i > 0 && book.bidPrice(i) >= book.bidPrice(i - 1)) {
                violation("bids not descending: " + describe(book));
            }
        }
        for (int i = 0; i < book.askLevels(); i++) {
            checkLevel("ask", book.askPrice(i), book.askQuantity(i), book.askOrders(i), instrument, book);
            if (i > 0 && book.askPrice(i) <= book.askPrice(i - 1)) {
                violation("asks not ascending: " + describe(book));
            }
        }
        if (book.bidLevels() > 0 && book.askLevels() > 0 && book.bidPrice(0) >= book.askPrice(0)) {
            violation("crossed book: " + describe(book));
        }
    }

    private void checkLevel(String side, long price, long quantity, int orders, Instrument instrument, BookSnapshot book) {
        boolean whole = price > 0 && price % instrument.tickSize() == 0 && orders > 0
            && quantity % instrument.lotSize() == 0 && quantity >= orders * instrument.lotSize();
        if (!whole) {
            violation(side + " level " + quantity + "@" + price + " in " + orders + " orders: " + describe(book));
        }
    }

    private void checkOrder(OrderSnapshot o, long orderId) {
        Instrument instrument = INSTRUMENTS.get(o.symbol());
        long filled = o.filledQuantity();
        boolean statusFits = switch (o.status()) {
            case OrderStatus.NEW -> filled == 0;
            case OrderStatus.PARTIALLY_FILLED -> filled > 0 && filled < o.quantity();
            case OrderStatus.FILLED -> filled == o.quantity();
            case OrderStatus.CANCELLED -> filled < o.quantity();
            default -> false;
        };
        boolean whole = o.orderId() == orderId && statusFits && o.quantity() % instrument.lotSize() == 0
            && o.price() % instrument.tickSize() == 0 && o.clientOrderId().startsWith("w-")
            && o.version() > 0 && o.updatedTimestamp() >= o.createdTimestamp();
        if (!whole) {
            violation("order read as " + o);
        }
    }

    private static String describe(BookSnapshot book) {
        StringBuilder text = new StringBuilder("symbol ").append(book.symbol()).append(" v").append(book.version()).append(" bids");
        for (int i = 0; i < book.bidLevels(); i++) {
            text.append(' ').append(book.bidQuantity(i)).append('@').append(book.bidPrice(i));
        }
        text.append(" asks");
        for (int i = 0; i < book.askLevels(); i++) {
            text.append(' ').append(book.askQuantity(i)).append('@').append(book.askPrice(i));
        }
        return text.toString();
    }

    private void violation(String what) {
        violations.incrementAndGet();
        firstViolation.compareAndSet(null, what);
    }
}
