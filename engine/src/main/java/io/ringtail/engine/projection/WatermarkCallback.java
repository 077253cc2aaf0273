package io.ringtail.engine.projection;

/** Told once whether a projection reached a sequence before the wait's deadline. */
@FunctionalInterface
public interface WatermarkCallback {
    /**
     * @param reached   true if the projection's watermark reached the sequence waited for; false on a
     *                  timeout, a refusal (too many waiters) or shutdown
     * @param watermark the projection's watermark when the wait ended
     */
    void onWatermark(boolean reached, long watermark);
}
