package io.ringtail.gateway.query;

import io.ringtail.engine.Engine;
import io.ringtail.engine.projection.ProjectionAgent;
import io.ringtail.engine.projection.ProjectionConfig;
import io.ringtail.engine.projection.ProjectionHost;
import io.ringtail.engine.projection.Projection;
import io.ringtail.gateway.health.ReadinessCheck;
import io.ringtail.trading.Instrument;
import io.ringtail.trading.view.TradingReadSide;
import io.ringtail.trading.view.TradingViewConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * The trading views kept by projections that tail the engine's journal, each with its own reader and
 * watermark, on the host's thread(s). Queries read the views directly on their event loop and wait, when
 * asked, only for the projection that serves them.
 */
public final class ReadSide implements AutoCloseable {
    private final TradingReadSide views;
    private final ProjectionHost host;
    private final long headAtStart;

    private ReadSide(TradingReadSide views, ProjectionHost host, long headAtStart) {
        this.views = views;
        this.host = host;
        this.headAtStart = headAtStart;
    }

    /** Builds the views and starts their projections from the start of the journal. */
    public static ReadSide start(Engine engine, List<Instrument> instruments, TradingViewConfig viewConfig,
                                 ProjectionConfig projectionConfig) {
        TradingReadSide views = new TradingReadSide(instruments, viewConfig);
        List<ProjectionAgent> agents = new ArrayList<>();
        for (Projection projection : views.projections()) {
            agents.add(new ProjectionAgent(projection, engine.journal().createReader(), projectionConfig));
        }
        ProjectionHost host = new ProjectionHost(projectionConfig, agents, engine.journal().commitSignal());
        host.start();
        return new ReadSide(views, host, engine.headSequence());
    }

    public TradingReadSide views() {
        return views;
    }

    public ProjectionHost host() {
        return host;
    }

    public ProjectionAgent agent(String name) {
        return host.agent(name);
    }

    /** Ready once every projection has applied what the journal held when the server started. */
    public ReadinessCheck caughtUpCheck() {
        return new ReadinessCheck() {
            @Override
            public String name() {
                return "projections";
            }

            @Override
            public boolean ready() {
                return host.allCaughtUpTo(headAtStart);
            }
        };
    }

    @Override
    public void close() {
        host.close();
    }
}
