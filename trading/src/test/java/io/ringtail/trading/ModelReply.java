package io.ringtail.trading;

import io.ringtail.engine.CommandSlot;

/** What a command answered: reason, version and the order reply fields. Comparable across implementations. */
record ModelReply(int reason, long version, long orderId, int status, long filled, boolean duplicate) {

    static ModelReply of(CommandSlot slot) {
        return new ModelReply(slot.reason(), slot.version(), OrderReplyCodec.orderId(slot.replyBuffer()),
            OrderReplyCodec.status(slot.replyBuffer()), OrderReplyCodec.filledQuantity(slot.replyBuffer()),
            OrderReplyCodec.duplicate(slot.replyBuffer()));
    }

    @Override
    public String toString() {
        return TradingReasons.name(reason) + " v" + version + " order " + orderId + " " + OrderStatus.name(status)
            + " filled " + filled + (duplicate ? " (duplicate)" : "");
    }
}
