package io.sirius.plugin.accountlink.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.account.AccountType;
import io.sirius.api.model.PublicKey;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.accountlink.internal.Fixtures;
import io.sirius.plugin.accountlink.model.RemoteAccountLinkNotification;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountLinkAvailabilityValidatorTest {

    private static ResultCode validate(InMemoryState state, int action, PublicKey remote) {
        return new AccountLinkAvailabilityValidator().validate(new RemoteAccountLinkNotification(Fixtures.MAIN, remote, action),
                ContextBuilder.context().state(state).stateful());
    }

    private static PublicKey key(String name) {
        switch (name) {
            case "REMOTE":
                return Fixtures.REMOTE;
            case "OTHER":
                return Fixtures.OTHER;
            default:
                return null;
        }
    }

    @ParameterizedTest(name = "action {0}, main {1} linked to {2}, naming {3}: {4}")
    @CsvSource({
        // link: only a plainly unlinked main account
        "0, UNLINKED, NONE, REMOTE, SUCCESS",
        "0, MAIN, OTHER, REMOTE, LINK_ALREADY_EXISTS",
        "0, MAIN, REMOTE, REMOTE, LINK_ALREADY_EXISTS",
        "0, REMOTE, OTHER, REMOTE, LINK_ALREADY_EXISTS",
        "0, REMOTE_UNLINKED, NONE, REMOTE, LINK_ALREADY_EXISTS",
        // unlink: only the current link, by its main account
        "1, MAIN, REMOTE, REMOTE, SUCCESS",
        "1, MAIN, OTHER, REMOTE, UNLINK_DATA_INCONSISTENCY",
        "1, MAIN, REMOTE, OTHER, UNLINK_DATA_INCONSISTENCY",
        "1, UNLINKED, NONE, REMOTE, LINK_DOES_NOT_EXIST",
        "1, REMOTE, REMOTE, REMOTE, LINK_DOES_NOT_EXIST",
        "1, REMOTE_UNLINKED, NONE, REMOTE, LINK_DOES_NOT_EXIST",
        // any other action byte is judged as an unlink, as in Sirius
        "2, MAIN, REMOTE, REMOTE, SUCCESS",
        "255, UNLINKED, NONE, REMOTE, LINK_DOES_NOT_EXIST"})
    void allowsOneLinkAtATimeAndUnlinksOnlyTheCurrentOne(int action, AccountType type, String linkedTo, String named,
            String expected) {
        // Arrange
        InMemoryState state = Fixtures.state(Fixtures.linked(Fixtures.account(Fixtures.MAIN, 1), type, key(linkedTo)));
        ResultCode want = expected.equals("SUCCESS") ? ResultCodes.SUCCESS : AccountLinkResults.valueOf(expected);

        // Act
        ResultCode result = validate(state, action, key(named));

        // Assert
        assertEquals(want, result);
    }

    @Test
    void judgesAnUnknownMainAccountAsUnlinked() {
        // Act
        ResultCode link = validate(Fixtures.state(), 0, Fixtures.REMOTE);
        ResultCode unlink = validate(Fixtures.state(), 1, Fixtures.REMOTE);

        // Assert
        assertEquals(ResultCodes.SUCCESS, link);
        assertEquals(AccountLinkResults.LINK_DOES_NOT_EXIST, unlink);
    }
}
