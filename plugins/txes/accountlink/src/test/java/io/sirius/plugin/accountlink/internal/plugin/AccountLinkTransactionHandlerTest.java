package io.sirius.plugin.accountlink.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.notification.AccountPublicKeyNotification;
import io.sirius.api.notification.AddressInteractionNotification;
import io.sirius.api.notification.Notification;
import io.sirius.api.plugin.TransactionContext;
import io.sirius.plugin.accountlink.internal.Fixtures;
import io.sirius.plugin.accountlink.model.AccountLinkAction;
import io.sirius.plugin.accountlink.model.AccountLinkTransaction;
import io.sirius.plugin.accountlink.model.AccountLinkTypes;
import io.sirius.plugin.accountlink.model.NewRemoteAccountNotification;
import io.sirius.plugin.accountlink.model.RemoteAccountLinkNotification;
import io.sirius.plugin.testkit.ContextBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountLinkTransactionHandlerTest {

    private static List<Notification> publish(int action, int version) {
        TransactionContext context = ContextBuilder.context().signer(Fixtures.MAIN).type(AccountLinkTypes.ACCOUNT_LINK)
                .version(version).transaction();
        List<Notification> out = new ArrayList<>();
        new AccountLinkTransactionHandler().publish(new AccountLinkTransaction(Fixtures.REMOTE, action), context, out::add);
        return out;
    }

    @Test
    void aLinkAsksForAnUnusedRemoteBeforeTheRemoteKeyBecomesKnown() {
        // Act
        List<Notification> notifications = publish(AccountLinkAction.LINK.code(), 2);

        // Assert
        assertEquals(List.of(
                new NewRemoteAccountNotification(Fixtures.REMOTE),
                new AccountPublicKeyNotification(Fixtures.REMOTE),
                new AddressInteractionNotification(Fixtures.MAIN, AccountLinkTypes.ACCOUNT_LINK,
                        List.of(Fixtures.address(Fixtures.REMOTE).toUnresolved())),
                new RemoteAccountLinkNotification(Fixtures.MAIN, Fixtures.REMOTE, 0)), notifications);
    }

    @ParameterizedTest(name = "action byte {0}")
    @ValueSource(ints = {1, 2, 0xFF})
    void anythingButALinkSkipsTheNewRemoteCheckAndCarriesTheRawAction(int action) {
        // Act
        List<Notification> notifications = publish(action, 2);

        // Assert
        assertEquals(List.of(
                new AccountPublicKeyNotification(Fixtures.REMOTE),
                new AddressInteractionNotification(Fixtures.MAIN, AccountLinkTypes.ACCOUNT_LINK,
                        List.of(Fixtures.address(Fixtures.REMOTE).toUnresolved())),
                new RemoteAccountLinkNotification(Fixtures.MAIN, Fixtures.REMOTE, action)), notifications);
    }

    @ParameterizedTest(name = "version {0}")
    @ValueSource(ints = {1, 3})
    void publishesNothingForAVersionItDoesNotKnow(int version) {
        // Act and Assert
        assertEquals(List.of(), publish(AccountLinkAction.LINK.code(), version));
    }
}
