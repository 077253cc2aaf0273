package io.ringtail.loadtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The orders one connection placed: the open ones (targets for cancel and amend) and the most
 * recent ones, open or not (targets for queries). Bounded so a long run does not grow without end.
 */
final class OwnOrders {
    static final int MAX_OPEN = 256;
    static final int RECENT = 64;

    private final List<KnownOrder> open = new ArrayList<>();
    private final KnownOrder[] recent = new KnownOrder[RECENT];
    private long placed;

    void placed(KnownOrder order) {
        recent[(int) (placed++ % RECENT)] = order;
        if (order.isOpen()) {
            if (open.size() == MAX_OPEN) {
                // Forget the oldest: it has most likely traded away by now.
                open.remove(0);
            }
            open.add(order);
        }
    }

    /** Drops an order the client now knows is no longer open. */
    void closed(KnownOrder order) {
        open.remove(order);
    }

    /** Drops every open order of an account in a symbol: a mass cancel of them was acknowledged. */
    void closedAll(long accountId, String symbol) {
        open.removeIf(order -> order.accountId() == accountId && order.instrument().symbol().equals(symbol));
    }

    KnownOrder randomOpen(Random random) {
        return open.isEmpty() ? null : open.get(random.nextInt(open.size()));
    }

    KnownOrder randomRecent(Random random) {
        int known = (int) Math.min(placed, RECENT);
        return known == 0 ? null : recent[random.nextInt(known)];
    }
}
