package io.ringtail.gateway;

import io.ringtail.engine.domain.CommandHandler;
import io.ringtail.engine.domain.Domain;
import io.ringtail.engine.domain.EventApplier;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A domain whose every command takes at least {@code delayMillis} on the writer thread. A slow handler is
 * the one reliable way to make a writer slow on any disk (sync durability is fast on tmpfs and page cache),
 * and it leaves journaling and replies exactly as in production.
 */
final class SlowDomain implements Domain {
    private final Domain delegate;
    private final CommandHandler handler;

    SlowDomain(Domain delegate, long delayMillis) {
        this.delegate = delegate;
        CommandHandler inner = delegate.commandHandler();
        this.handler = (command, sink, reply) -> {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(delayMillis));
            return inner.handle(command, sink, reply);
        };
    }

    @Override
    public CommandHandler commandHandler() {
        return handler;
    }

    @Override
    public EventApplier eventApplier() {
        return delegate.eventApplier();
    }

    @Override
    public void reset() {
        delegate.reset();
    }

    @Override
    public long stateHash() {
        return delegate.stateHash();
    }

    @Override
    public String reasonName(int reason) {
        return delegate.reasonName(reason);
    }

    @Override
    public String commandName(int type) {
        return delegate.commandName(type);
    }
}
