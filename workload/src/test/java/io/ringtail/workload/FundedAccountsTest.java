package io.ringtail.workload;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FundedAccountsTest {
    @Test
    void shouldOpenAndFundEveryAccountInSetupSteps() {
        long[] counts = new long[3];
        SetupSink sink = new SetupSink() {
            @Override
            public void openAccount(long accountId, long cash) {
                assertEquals(counts[0] + 1, accountId);
                assertEquals(FundedAccounts.CASH, cash);
                counts[0]++;
            }

            @Override
            public void depositPosition(long accountId, int symbol, long quantity) {
                assertEquals(counts[0], accountId, "after the account opened");
                assertEquals(FundedAccounts.POSITION, quantity);
                counts[1 + symbol]++;
            }
        };
        int steps = 0;
        while (FundedAccounts.setup(steps, sink)) {
            steps++;
        }
        assertEquals(FundedAccounts.SETUP_STEPS, steps);
        assertEquals(FundedAccounts.ACCOUNTS, counts[0]);
        assertEquals(FundedAccounts.ACCOUNTS, counts[1]);
        assertEquals(FundedAccounts.ACCOUNTS, counts[2]);
    }
}
