package io.ringtail.journal;

/** The journal could not do what was asked: an I/O failure, or corrupt data met while reading. */
public class JournalException extends RuntimeException {
    public JournalException(String message) {
        super(message);
    }

    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }
}
