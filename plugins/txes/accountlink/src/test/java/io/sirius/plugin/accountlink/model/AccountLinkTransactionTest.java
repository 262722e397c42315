package io.sirius.plugin.accountlink.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.model.PublicKey;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountLinkTransactionTest {

    @ParameterizedTest(name = "byte {0} is {1}")
    @CsvSource({"0, LINK", "1, UNLINK", "2, ", "255, "})
    void readsTheActionFromItsByte(int code, AccountLinkAction expected) {
        // Act
        AccountLinkTransaction transaction = new AccountLinkTransaction(PublicKey.ZERO, code);
        RemoteAccountLinkNotification notification = new RemoteAccountLinkNotification(PublicKey.ZERO, PublicKey.ZERO, code);

        // Assert
        assertEquals(Optional.ofNullable(expected), transaction.action());
        assertEquals(Optional.ofNullable(expected), notification.action());
        assertEquals(Optional.ofNullable(expected), AccountLinkAction.fromCode(code));
    }

    @ParameterizedTest(name = "byte {0}")
    @ValueSource(ints = {-1, 256})
    void refusesWhatIsNotAByte(int code) {
        // Act and Assert
        assertThrows(IllegalArgumentException.class, () -> new AccountLinkTransaction(PublicKey.ZERO, code));
        assertThrows(IllegalArgumentException.class, () -> new RemoteAccountLinkNotification(PublicKey.ZERO, PublicKey.ZERO, code));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"LINK, 0", "UNLINK, 1"})
    void buildsFromAnAction(AccountLinkAction action, int code) {
        // Act and Assert
        assertEquals(code, AccountLinkTransaction.of(PublicKey.ZERO, action).linkAction());
        assertEquals(code, action.code());
    }
}
