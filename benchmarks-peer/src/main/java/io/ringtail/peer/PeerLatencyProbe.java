package io.ringtail.peer;

import exchange.core2.core.common.CoreWaitStrategy;
import io.ringtail.workload.CrossingStream;
import io.ringtail.workload.FixedRatePacer;
import io.ringtail.workload.LatencyTable;
import io.ringtail.workload.PlaceCancelStream;
import io.ringtail.workload.StepSink;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SingleWriterRecorder;

import java.util.function.Consumer;

/**
 * exchange-core's latency at a fixed rate, open loop: each command carries its planned send time
 * ({@link FixedRatePacer}) and the results consumer records planned time → result. Prints one row of
 * {@link LatencyTable}, the same table Ringtail's {@code FixedRateLatencyProbe} prints.
 *
 * <p>Usage: {@code PeerLatencyProbe RATE SECONDS [JOURNALED|OFF] [placecancel|crossing] [WAIT_STRATEGY] [WARMUP_SECONDS]}
 * (defaults JOURNALED, placecancel, YIELDING, 3).
 */
public final class PeerLatencyProbe {
    private PeerLatencyProbe() {
    }

    public static void main(String[] args) {
        long rate = Long.parseLong(args[0]);
        int seconds = Integer.parseInt(args[1]);
        String journal = args.length > 2 ? args[2] : "JOURNALED";
        String stream = args.length > 3 ? args[3] : "placecancel";
        CoreWaitStrategy wait = CoreWaitStrategy.valueOf(args.length > 4 ? args[4] : "YIELDING");
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 3;
        try (ExchangeCorePeer peer = new ExchangeCorePeer(journal.equals("JOURNALED"), wait)) {
            ExchangeCoreSink sink = new ExchangeCoreSink(peer.api());
            Consumer<StepSink> next = steps(stream);
            FixedRatePacer.Sender send = planned -> {
                sink.timestamp(planned);
                next.accept(sink);
            };
            SingleWriterRecorder recorder = new SingleWriterRecorder(3);
            peer.results().recordLatency(recorder);
            FixedRatePacer.run(rate, warmup, send);
            peer.results().awaitAllAccepted(rate * warmup);
            recorder.getIntervalHistogram();
            long late = FixedRatePacer.run(rate, seconds, send);
            peer.results().awaitAllAccepted(rate * (warmup + seconds));
            Histogram h = recorder.getIntervalHistogram();
            System.out.println(LatencyTable.row("exchange-core " + journal + " (" + wait + ")", stream, rate, h.getTotalCount(),
                late, h.getValueAtPercentile(50), h.getValueAtPercentile(99), h.getValueAtPercentile(99.9), h.getMaxValue()));
        }
    }

    static Consumer<StepSink> steps(String stream) {
        return switch (stream) {
            case "placecancel" -> new PlaceCancelStream()::next;
            case "crossing" -> new CrossingStream()::next;
            default -> throw new IllegalArgumentException("stream is placecancel or crossing, not " + stream);
        };
    }
}
