package io.ringtail.engine.projection;

/** Why a projection stopped: kept by its agent for health and metrics. */
public final class ProjectionException extends RuntimeException {
    private ProjectionException(String message, Throwable cause) {
        super(message, cause);
    }

    static ProjectionException gap(String projection, long watermark, long sequence) {
        return new ProjectionException("projection '" + projection + "' found a gap in the event sequence: applied up to "
                + watermark + ", next event delivered is " + sequence + " (events " + (watermark + 1) + ".." + (sequence - 1)
                + " missing); stopped", null);
    }

    static ProjectionException applyFailed(String projection, long sequence, int typeId, Throwable cause) {
        return new ProjectionException("projection '" + projection + "' failed to apply event " + sequence + " (type " + typeId
                + "): " + cause + "; stopped", cause);
    }

    static ProjectionException sourceFailed(String projection, long watermark, Throwable cause) {
        return new ProjectionException("projection '" + projection + "' could not read events after " + watermark + ": " + cause
                + "; stopped", cause);
    }

    static ProjectionException restoreFailed(String projection, Throwable cause) {
        return new ProjectionException("projection '" + projection + "' failed to restore its view snapshot and seek past it: "
                + cause + "; stopped (a rebuild replays from the first event)", cause);
    }

    static ProjectionException resetFailed(String projection, Throwable cause) {
        return new ProjectionException("projection '" + projection + "' failed to reset its view for a rebuild: " + cause
                + "; stopped", cause);
    }
}
