package io.ringtail.trading.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringtail.engine.projection.ProjectionAgent;
import io.ringtail.engine.projection.ProjectionConfig;
import io.ringtail.engine.projection.ProjectionHost;
import io.ringtail.journal.snapshot.SnapshotPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A server's life in miniature: an engine with views that snapshot, stopped, and started again on the same
 * data directory. The restarted views, restored from their snapshots and fed only the journal after them,
 * must reach the same watermark and answer every query like views replayed from the first event.
 */
class ViewSnapshotRestartTest {
    private static final TradingViewConfig VIEWS = new TradingViewConfig(50_000, 64, 5, 20, EngineWithViews.ORDER_RETENTION);
    private static final int SYMBOLS = RecordedTradingEvents.INSTRUMENTS.size();

    @TempDir
    Path directory;

    @Test
    void shouldRestoreViewsFromSnapshotsAndAnswerLikeAFullReplay() {
        Path snapshots = directory.resolve("snapshots");
        ProjectionConfig snapshotting = new ProjectionConfig().batchEntries(64)
            .snapshotPolicy(new SnapshotPolicy(3_000, 0, 2)).snapshotDirectory(snapshots);
        try (EngineWithViews first = new EngineWithViews(directory.resolve("data"), 11, false)) {
            ProjectionHost host = first.host(new TradingReadSide(RecordedTradingEvents.INSTRUMENTS, VIEWS), snapshotting);
            first.publishSetupAnd(10_000);
            EngineWithViews.awaitCaughtUp(host, first.awaitReplies());
            for (ProjectionAgent agent : host.agents()) {
                EngineWithViews.awaitTrue(() -> agent.snapshots().written() > 0 && !agent.snapshots().writing(),
                    agent.name() + " writing a snapshot");
            }
            for (int i = 0; i < 1_000; i++) {
                first.publish(first.workload.next());
            }
            EngineWithViews.awaitCaughtUp(host, first.awaitReplies());
        }

        try (EngineWithViews restarted = new EngineWithViews(directory.resolve("data"), 11, false)) {
            long head = restarted.engine.headSequence();
            TradingReadSide restored = new TradingReadSide(RecordedTradingEvents.INSTRUMENTS, VIEWS);
            TradingReadSide replayed = new TradingReadSide(RecordedTradingEvents.INSTRUMENTS, VIEWS);
            ProjectionHost restoredHost = restarted.host(restored, snapshotting);
            ProjectionHost replayedHost = restarted.host(replayed);
            EngineWithViews.awaitCaughtUp(restoredHost, head);
            EngineWithViews.awaitCaughtUp(replayedHost, head);
            for (ProjectionAgent agent : restoredHost.agents()) {
                long from = agent.snapshots().restoredSequence();
                assertTrue(from > head / 2, agent.name() + " restored from a snapshot: " + from + " of " + head);
                assertEquals(head - from, agent.eventsApplied(), agent.name() + " replayed only the tail");
                assertEquals(head, agent.watermark());
                assertEquals(replayedHost.agent(agent.name()).watermark(), agent.watermark());
            }
            assertEquals(contents(replayed, restarted), contents(restored, restarted));
        }
    }

    private static List<Object> contents(TradingReadSide views, EngineWithViews engine) {
        List<Object> all = new ArrayList<>();
        all.add(ViewContents.orders(views.orders().view(), engine.domain.dump().nextOrderId()));
        for (long account = 1; account <= EngineWithViews.ACCOUNTS; account++) {
            all.add(ViewContents.accountOrders(views.orders().view(), account, false, 50));
            all.add(ViewContents.accountOrders(views.orders().view(), account, true, 7));
        }
        all.add(ViewContents.accounts(views.accounts().view(), 1_000));
        all.add(ViewContents.books(views.books().view()));
        all.add(ViewContents.trades(views.trades().view(), SYMBOLS));
        return all;
    }
}
