package io.ringtail.engine.settings;

/** A setting, or a combination of settings, is wrong; the message is one line meant for the operator, not a trace. */
public class SettingException extends RuntimeException {
    public SettingException(String message) {
        super(message, null, false, false);
    }
}
