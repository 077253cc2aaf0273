package io.ringtail.benchmarks.engine;

import io.ringtail.engine.CommandSlot;
import io.ringtail.trading.Side;
import io.ringtail.trading.TimeInForce;
import io.ringtail.trading.TradingCommandEncoder;
import io.ringtail.trading.TradingCommandType;

import java.nio.charset.StandardCharsets;

/**
 * A place-only mix that trades: in each cycle of three places one account rests a GTC maker of 20 lots,
 * then two other accounts each take 10 lots of it at the same price, so two places in three produce a trade
 * and the maker ends filled; the book never grows. The maker's side alternates from cycle to cycle and the
 * accounts rotate, so cash and positions stay balanced and every command is accepted (funds as in
 * {@link PlaceCancelWorkload}). Instruments, limits and setup are those of {@link PlaceCancelWorkload}.
 */
final class CrossingWorkload {
    private final PlaceCancelWorkload setup = new PlaceCancelWorkload();
    private final byte[] clientOrderId = "x000000000000".getBytes(StandardCharsets.US_ASCII);
    private long step;

    /** The commands that open and fund the accounts: call until it returns false. */
    boolean writeSetup(CommandSlot slot, int index) {
        return setup.writeSetup(slot, index);
    }

    void writeNext(CommandSlot slot) {
        long s = step++;
        long cycle = s / 3;
        int leg = (int) (s % 3);
        boolean makerBuys = (cycle & 1) == 0;
        boolean buy = leg == 0 ? makerBuys : !makerBuys;
        long accountId = 1 + ((cycle * 3 + leg) % PlaceCancelWorkload.ACCOUNTS);
        int symbol = (int) ((cycle >> 1) & 1);
        long price = 100 + (cycle % 10);
        nextClientOrderId();
        int length = TradingCommandEncoder.placeOrder(slot.payload(), 0, accountId, clientOrderId, symbol,
            buy ? Side.BUY : Side.SELL, price, leg == 0 ? 20 : 10, TimeInForce.GTC);
        slot.request(TradingCommandType.PLACE_ORDER, length, s, 0, null, 0);
    }

    /** Decimal counter in place, so ids stay unique without allocating. */
    private void nextClientOrderId() {
        for (int i = clientOrderId.length - 1; i > 0; i--) {
            if (clientOrderId[i] < '9') {
                clientOrderId[i]++;
                return;
            }
            clientOrderId[i] = '0';
        }
    }
}
