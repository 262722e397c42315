package io.sirius.plugin.accountlink.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountType;
import io.sirius.api.model.Height;
import io.sirius.api.model.PublicKey;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.accountlink.internal.Fixtures;
import io.sirius.plugin.accountlink.model.NewRemoteAccountNotification;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewRemoteAccountAvailabilityValidatorTest {

    private static ResultCode validate(InMemoryState state, PublicKey remote) {
        return new NewRemoteAccountAvailabilityValidator().validate(new NewRemoteAccountNotification(remote),
                ContextBuilder.context().state(state).stateful());
    }

    @Test
    void acceptsAnAccountTheChainHasNeverSeen() {
        // Arrange: only the main account exists
        InMemoryState state = Fixtures.state(Fixtures.account(Fixtures.MAIN, 1));

        // Act and Assert
        assertEquals(ResultCodes.SUCCESS, validate(state, Fixtures.REMOTE));
    }

    @ParameterizedTest(name = "{0} account, balance {1}: {2}")
    @CsvSource({
        "UNLINKED, 0, REMOTE_ACCOUNT_INELIGIBLE",
        "UNLINKED, 1, REMOTE_ACCOUNT_INELIGIBLE",
        "MAIN, 0, REMOTE_ACCOUNT_INELIGIBLE",
        "REMOTE, 0, REMOTE_ACCOUNT_INELIGIBLE",
        "REMOTE_UNLINKED, 0, SUCCESS",
        // a former remote stays eligible whatever it holds, as in Sirius (it can only have been paid as a beneficiary)
        "REMOTE_UNLINKED, 5, SUCCESS"})
    void acceptsAnExistingAccountOnlyIfItIsAFormerRemote(AccountType type, long balance, String expected) {
        // Arrange
        AccountState remote = Fixtures.funded(Fixtures.linked(Fixtures.account(Fixtures.REMOTE, 3), type,
                type == AccountType.REMOTE || type == AccountType.MAIN ? Fixtures.OTHER : null), balance);
        ResultCode want = expected.equals("SUCCESS") ? ResultCodes.SUCCESS : AccountLinkResults.valueOf(expected);

        // Act
        ResultCode result = validate(Fixtures.state(remote), Fixtures.REMOTE);

        // Assert
        assertEquals(want, result);
    }

    @Test
    void refusesAnAccountKnownOnlyByItsAddress() {
        // Arrange: a transfer of nothing to the remote's address made it known
        InMemoryState state = Fixtures.state(AccountState.create(Fixtures.address(Fixtures.REMOTE), new Height(4)));

        // Act and Assert
        assertEquals(AccountLinkResults.REMOTE_ACCOUNT_INELIGIBLE, validate(state, Fixtures.REMOTE));
    }

    @Test
    void refusesLinkingAnAccountToItself() {
        // Arrange: the signer's account exists (the kernel's signer notification has created it)
        InMemoryState state = Fixtures.state(Fixtures.account(Fixtures.MAIN, 10));

        // Act and Assert
        assertEquals(AccountLinkResults.REMOTE_ACCOUNT_INELIGIBLE, validate(state, Fixtures.MAIN));
    }
}
