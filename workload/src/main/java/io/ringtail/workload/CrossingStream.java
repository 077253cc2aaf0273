package io.ringtail.workload;

/**
 * A place-only stream that trades: in each cycle of three places one account rests a GTC maker of 20 lots, then
 * two other accounts each take 10 lots of it at the same price, so two places in three produce a trade and the
 * maker ends filled; the book never grows. The maker's side alternates from cycle to cycle, the symbol every two
 * cycles, and the accounts rotate, so cash and positions stay balanced and every step is accepted (set-up as in
 * {@link FundedAccounts}).
 */
public final class CrossingStream {
    private final ClientOrderIds clientOrderIds = new ClientOrderIds('x');
    private long nextOrderId = 1;
    private long step;

    /** Steps handed out so far (the index of the next one). */
    public long steps() {
        return step;
    }

    public void next(StepSink sink) {
        long s = step++;
        long cycle = s / 3;
        int leg = (int) (s % 3);
        boolean makerBuys = (cycle & 1) == 0;
        boolean buy = leg == 0 ? makerBuys : !makerBuys;
        long accountId = 1 + ((cycle * 3 + leg) % FundedAccounts.ACCOUNTS);
        int symbol = (int) ((cycle >> 1) & 1);
        long price = 100 + (cycle % 10);
        sink.place(accountId, nextOrderId++, clientOrderIds.next(), symbol, buy, price, leg == 0 ? 20 : 10);
    }
}
