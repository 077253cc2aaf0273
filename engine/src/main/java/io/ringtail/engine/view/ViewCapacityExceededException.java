package io.ringtail.engine.view;

/**
 * A view structure has no room left. Thrown on the writer (projection) thread so that the projection
 * stops loudly with this as its error: a view that silently dropped an event would serve wrong answers.
 */
public final class ViewCapacityExceededException extends RuntimeException {
    public ViewCapacityExceededException(String message) {
        super(message);
    }
}
