package io.ringtail.trading.view;

import io.ringtail.engine.CommandSlot;
import io.ringtail.engine.CommandWriter;

/** One trading command already encoded, ready to be written into a ring slot. */
public record EncodedCommand(int type, byte[] payload, long timestamp) {
    /** A constant writer, so publishing does not capture. */
    public static final CommandWriter<EncodedCommand> WRITER = (slot, command) -> command.writeTo(slot);

    public void writeTo(CommandSlot slot) {
        slot.payload().putBytes(0, payload);
        slot.request(type, payload.length, timestamp, 0, null, 0);
    }
}
