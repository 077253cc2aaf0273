package io.ringtail.peer;

import exchange.core2.core.ExchangeApi;
import exchange.core2.core.ExchangeCore;
import exchange.core2.core.common.CoreSymbolSpecification;
import exchange.core2.core.common.CoreWaitStrategy;
import exchange.core2.core.common.SymbolType;
import exchange.core2.core.common.api.ApiAddUser;
import exchange.core2.core.common.api.ApiAdjustUserBalance;
import exchange.core2.core.common.api.binary.BatchAddSymbolsCommand;
import exchange.core2.core.common.cmd.CommandResultCode;
import exchange.core2.core.common.config.ExchangeConfiguration;
import exchange.core2.core.common.config.InitialStateConfiguration;
import exchange.core2.core.common.config.PerformanceConfiguration;
import exchange.core2.core.common.config.SerializationConfiguration;
import exchange.core2.core.orderbook.OrderBookDirectImpl;
import exchange.core2.core.processors.journaling.DiskSerializationProcessor;
import exchange.core2.core.processors.journaling.DiskSerializationProcessorConfiguration;
import io.ringtail.workload.FundedAccounts;
import io.ringtail.workload.SetupSink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * exchange-core 0.5.3 set up as a user comparing it with Ringtail would: one matching engine and one risk engine
 * (two cores), its fast order book ({@code OrderBookDirectImpl}), its default ring (16k) and grouping, and the
 * {@link FundedAccounts}: one symbol per instrument (a currency pair, scale 1, no fees, against one quote
 * currency), every account a user holding the same cash and positions as in Ringtail.
 *
 * <p>Journal on = its {@code DiskSerializationProcessor}: every command written to a file opened {@code rwd}, one
 * write per batch, and a command's result is released only after its batch was written. The files go into
 * {@code dumps/<exchange id>} under the working directory, created here and deleted on {@link #close()}.
 */
final class ExchangeCorePeer implements AutoCloseable {
    private static final int QUOTE_CURRENCY = 1;
    private static final int FIRST_BASE_CURRENCY = 11;
    private static final int FIRST_SYMBOL_ID = 1;

    private final ExchangeCore core;
    private final Path journalDirectory;
    private final ResultCounter results = new ResultCounter();

    ExchangeCorePeer(boolean journal, CoreWaitStrategy waitStrategy) {
        String exchangeId = "RINGTAIL_PEER_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
        journalDirectory = journal ? createDirectories(Path.of("dumps", exchangeId)) : null;
        SerializationConfiguration serialization = journal
            ? SerializationConfiguration.builder().enableJournaling(true)
                .serializationProcessorFactory(cfg -> new DiskSerializationProcessor(cfg, DiskSerializationProcessorConfiguration
                    .builder().storageFolder(journalDirectory.toString())
                    .snapshotLz4CompressorFactory(DiskSerializationProcessorConfiguration.LZ4_FAST)
                    .journalFileMaxSize(4_000L * 1024 * 1024)
                    .journalBufferSize(256 * 1024)
                    .journalBatchCompressThreshold(2048)
                    .journalLz4CompressorFactory(DiskSerializationProcessorConfiguration.LZ4_FAST)
                    .build()))
                .build()
            : SerializationConfiguration.DEFAULT;
        ExchangeConfiguration config = ExchangeConfiguration.defaultBuilder()
            .initStateCfg(journal ? InitialStateConfiguration.cleanStartJournaling(exchangeId) : InitialStateConfiguration.cleanStart(exchangeId))
            .performanceCfg(PerformanceConfiguration.baseBuilder()
                .matchingEnginesNum(1)
                .riskEnginesNum(1)
                .waitStrategy(waitStrategy)
                .orderBookFactory(OrderBookDirectImpl::new)
                .build())
            .serializationCfg(serialization)
            .build();
        core = ExchangeCore.builder().resultsConsumer(results).exchangeConfiguration(config).build();
        core.startup();
        setUp();
    }

    /** exchange-core's symbol id for the stream's symbol index. */
    static int symbolId(int symbolIndex) {
        return FIRST_SYMBOL_ID + symbolIndex;
    }

    ExchangeApi api() {
        return core.getApi();
    }

    ResultCounter results() {
        return results;
    }

    private void setUp() {
        List<CoreSymbolSpecification> symbols = new ArrayList<>();
        for (int i = 0; i < FundedAccounts.SYMBOLS.size(); i++) {
            symbols.add(CoreSymbolSpecification.builder().symbolId(symbolId(i)).type(SymbolType.CURRENCY_EXCHANGE_PAIR)
                .baseCurrency(FIRST_BASE_CURRENCY + i).quoteCurrency(QUOTE_CURRENCY).baseScaleK(1).quoteScaleK(1)
                .takerFee(0).makerFee(0).build());
        }
        check("add symbols", api().submitBinaryDataAsync(new BatchAddSymbolsCommand(symbols)).join());
        List<CompletableFuture<CommandResultCode>> replies = new ArrayList<>();
        SetupSink submit = new SetupSink() {
            private long transactionId;

            @Override
            public void openAccount(long accountId, long cash) {
                replies.add(api().submitCommandAsync(ApiAddUser.builder().uid(accountId).build()));
                adjust(accountId, QUOTE_CURRENCY, cash);
            }

            @Override
            public void depositPosition(long accountId, int symbol, long quantity) {
                adjust(accountId, FIRST_BASE_CURRENCY + symbol, quantity);
            }

            private void adjust(long accountId, int currency, long amount) {
                replies.add(api().submitCommandAsync(ApiAdjustUserBalance.builder().uid(accountId).currency(currency)
                    .amount(amount).transactionId(++transactionId).build()));
            }
        };
        for (int i = 0; FundedAccounts.setup(i, submit); i++) {
            // each step submitted
        }
        for (CompletableFuture<CommandResultCode> reply : replies) {
            check("set-up", reply.join());
        }
    }

    private static void check(String what, CommandResultCode code) {
        if (code != CommandResultCode.SUCCESS) {
            throw new IllegalStateException("exchange-core " + what + ": " + code);
        }
    }

    @Override
    public void close() {
        core.shutdown();
        if (journalDirectory != null) {
            try (Stream<Path> files = Files.walk(journalDirectory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Path createDirectories(Path directory) {
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
