package io.ringtail.workload;

import java.util.List;

/**
 * What every stream starts from: two instruments (tick 1, lot 1) and {@link #ACCOUNTS} accounts, ids 1…1,000,
 * each holding {@link #CASH} and {@link #POSITION} units of each instrument, so no step ever lacks funds.
 */
public final class FundedAccounts {
    public static final int ACCOUNTS = 1_000;
    public static final List<String> SYMBOLS = List.of("ACME", "BOLT");
    public static final long CASH = 1_000_000_000_000L;
    public static final long POSITION = 1_000_000_000L;
    /** Set-up steps: per account one open and one deposit per symbol. */
    public static final int SETUP_STEPS = ACCOUNTS * (1 + 2);

    private FundedAccounts() {
    }

    /**
     * Hands set-up step {@code index} to the sink: account {@code index / 3}, opened with cash, then its ACME
     * and its BOLT position.
     *
     * @return false (and nothing handed) once {@code index} is past the last step
     */
    public static boolean setup(int index, SetupSink sink) {
        int account = index / 3;
        if (account >= ACCOUNTS) {
            return false;
        }
        long accountId = account + 1;
        switch (index % 3) {
            case 0 -> sink.openAccount(accountId, CASH);
            case 1 -> sink.depositPosition(accountId, 0, POSITION);
            default -> sink.depositPosition(accountId, 1, POSITION);
        }
        return true;
    }
}
