package io.ringtail.workload;

/**
 * The place/cancel stream exchange-core reports on: a book kept at about {@link #RESTING} resting orders over
 * the {@link FundedAccounts}, each step either placing a GTC order that does not cross (buys at 100–109, sells
 * at 200–209, 10 lots) or cancelling the oldest resting one. Every step is accepted by a correct engine, so the
 * stream knows each new order's id (1, 2, 3…) without waiting for a reply.
 */
public final class PlaceCancelStream {
    public static final int RESTING = 1_000;

    private final long[] openOrders = new long[RESTING * 2];
    private final long[] openOwners = new long[RESTING * 2];
    private final int[] openSymbols = new int[RESTING * 2];
    private final ClientOrderIds clientOrderIds = new ClientOrderIds('c');
    private int head;
    private int tail;
    private long nextOrderId = 1;
    private long step;

    /** Steps handed out so far (the index of the next one). */
    public long steps() {
        return step;
    }

    /** Hands the next step to the sink: a place while fewer than RESTING orders rest, else alternating. */
    public void next(StepSink sink) {
        long s = step++;
        long accountId = 1 + (s % FundedAccounts.ACCOUNTS);
        int open = tail - head;
        if (open < RESTING || (s & 1) == 0) {
            boolean buy = (s & 2) == 0;
            long price = buy ? 100 + (s % 10) : 200 + (s % 10);
            int symbol = (int) (s & 1);
            long orderId = nextOrderId++;
            int at = tail++ % openOrders.length;
            openOwners[at] = accountId;
            openOrders[at] = orderId;
            openSymbols[at] = symbol;
            sink.place(accountId, orderId, clientOrderIds.next(), symbol, buy, price, 10);
        } else {
            int at = head++ % openOrders.length;
            sink.cancel(openOwners[at], openOrders[at], openSymbols[at]);
        }
    }
}
