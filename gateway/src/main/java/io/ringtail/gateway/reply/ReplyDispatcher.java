package io.ringtail.gateway.reply;

import io.ringtail.engine.CommandSlot;
import io.ringtail.engine.ReplyListener;

/**
 * The engine's reply listener: on the writer thread, copies each outcome into its event loop's
 * {@link ReplyRoute} and, once per batch, wakes each loop that got any. A burst of N commands from one
 * loop therefore costs that loop one task, not N.
 */
public final class ReplyDispatcher implements ReplyListener {
    private final ReplyRoute[] dirty;
    private int dirtyCount;

    /** @param maxRoutes how many event loops can have routes (the dirty list is pre-sized to it) */
    public ReplyDispatcher(int maxRoutes) {
        this.dirty = new ReplyRoute[maxRoutes];
    }

    @Override
    public void onReply(CommandSlot slot) {
        if (!(slot.replyTarget() instanceof ReplyRoute route)) {
            return;
        }
        route.offer(slot);
        if (!route.dirty) {
            route.dirty = true;
            dirty[dirtyCount++] = route;
        }
    }

    @Override
    public void onBatchEnd() {
        for (int i = 0; i < dirtyCount; i++) {
            ReplyRoute route = dirty[i];
            dirty[i] = null;
            route.dirty = false;
            route.scheduleDrain();
        }
        dirtyCount = 0;
    }
}
