package io.ringtail.gateway.config;

/** A launch setting is missing or wrong; the message is one line meant for the operator, not a trace. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message, null, false, false);
    }
}
