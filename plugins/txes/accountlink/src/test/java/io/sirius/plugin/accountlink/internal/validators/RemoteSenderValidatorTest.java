package io.sirius.plugin.accountlink.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.account.AccountType;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Timestamp;
import io.sirius.api.notification.TransactionNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.accountlink.internal.Fixtures;
import io.sirius.plugin.accountlink.model.AccountLinkTypes;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RemoteSenderValidatorTest {

    private static ResultCode validate(InMemoryState state, EntityType type) {
        return new RemoteSenderValidator().validate(new TransactionNotification(Fixtures.REMOTE, Hash256.ZERO, type,
                new Timestamp(2_000_000)), ContextBuilder.context().state(state).stateful());
    }

    @ParameterizedTest(name = "a {0} signer: {1}")
    @CsvSource({
        "UNLINKED, SUCCESS",
        "MAIN, SUCCESS",
        "REMOTE, REMOTE_ACCOUNT_SIGNER_NOT_ALLOWED",
        "REMOTE_UNLINKED, REMOTE_ACCOUNT_SIGNER_NOT_ALLOWED"})
    void refusesTransactionsSignedByRemoteAccounts(AccountType type, String expected) {
        // Arrange
        InMemoryState state = Fixtures.state(Fixtures.linked(Fixtures.account(Fixtures.REMOTE, 1), type,
                type == AccountType.MAIN || type == AccountType.REMOTE ? Fixtures.MAIN : null));
        ResultCode want = expected.equals("SUCCESS") ? ResultCodes.SUCCESS : AccountLinkResults.valueOf(expected);

        // Act
        ResultCode transfer = validate(state, new EntityType(0x4154));
        ResultCode link = validate(state, AccountLinkTypes.ACCOUNT_LINK);

        // Assert: an Account_Link signed by a remote is no exception
        assertEquals(want, transfer);
        assertEquals(want, link);
    }

    @Test
    void acceptsASignerTheChainDoesNotKnowYet() {
        // Act and Assert
        assertEquals(ResultCodes.SUCCESS, validate(Fixtures.state(), new EntityType(0x4154)));
    }
}
