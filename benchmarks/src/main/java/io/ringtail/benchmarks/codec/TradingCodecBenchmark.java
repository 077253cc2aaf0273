package io.ringtail.benchmarks.codec;

import io.ringtail.trading.ClientOrderIds;
import io.ringtail.trading.Side;
import io.ringtail.trading.TimeInForce;
import io.ringtail.trading.TradingCommandDecoder;
import io.ringtail.trading.TradingCommandEncoder;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The command codec: encoding a PLACE_ORDER (95 bytes, what a producer does before publishing) and
 * decoding it as the place handler reads it (wrap, every field, clientOrderId validity and its
 * de-duplication hash). No baseline: it is a share of the writer's per-command cost.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TradingCodecBenchmark {
    private final UnsafeBuffer payload = new UnsafeBuffer(new byte[256]);
    private final byte[] clientOrderId = "c000000000042".getBytes(StandardCharsets.US_ASCII);
    private final TradingCommandDecoder decoder = new TradingCommandDecoder();
    private long price = 100;

    public TradingCodecBenchmark() {
        TradingCommandEncoder.placeOrder(payload, 0, 7, clientOrderId, 1, Side.BUY, 100, 10, TimeInForce.GTC);
    }

    @Benchmark
    public int encodePlace() {
        price = price == 109 ? 100 : price + 1;
        return TradingCommandEncoder.placeOrder(payload, 0, 7, clientOrderId, 1, Side.BUY, price, 10, TimeInForce.GTC);
    }

    @Benchmark
    public long decodePlace() {
        TradingCommandDecoder command = decoder.wrap(payload, 0);
        long accountId = command.accountId();
        int cid = command.clientOrderIdOffset();
        if (!ClientOrderIds.isValid(command.buffer(), cid)) {
            throw new IllegalStateException("invalid clientOrderId");
        }
        return ClientOrderIds.hash(accountId, command.buffer(), cid) ^ command.placePrice() ^ command.placeQuantity()
            ^ command.placeSymbol() ^ command.placeSide() ^ command.placeTimeInForce();
    }
}
