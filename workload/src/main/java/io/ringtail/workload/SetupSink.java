package io.ringtail.workload;

/** Receives the set-up steps of {@link FundedAccounts}: open accounts, then fund them. */
public interface SetupSink {
    void openAccount(long accountId, long cash);

    void depositPosition(long accountId, int symbol, long quantity);
}
