package io.sirius.plugin.accountlink.internal.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.account.AccountType;
import io.sirius.api.model.PublicKey;
import io.sirius.api.notification.AccountPublicKeyNotification;
import io.sirius.api.notification.Notification;
import io.sirius.plugin.accountlink.internal.Fixtures;
import io.sirius.plugin.accountlink.internal.KernelAccountsDouble;
import io.sirius.plugin.accountlink.internal.plugin.AccountLinkPlugin;
import io.sirius.plugin.accountlink.internal.plugin.AccountLinkTransactionHandler;
import io.sirius.plugin.accountlink.model.AccountLinkAction;
import io.sirius.plugin.accountlink.model.AccountLinkTransaction;
import io.sirius.plugin.accountlink.model.AccountLinkTypes;
import io.sirius.plugin.testkit.ChainRunner;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.RecordingRegistrar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whole blocks of account links through the handler and the plugin's validators, observer and derivations, with a
 * double of the kernel's account creation, the way the kernel runs them ({@link ChainRunner}): each notification
 * validated then observed; a block undone notification by notification in reverse. Undoing must give back exactly the
 * state before the block, including the remote account's disappearance when the block created it.
 */
class AccountLinkBlockRollbackTest {

    /** An Account_Link signed by {@code signer}: the kernel's signer-key notification, then the handler's. */
    private static List<Notification> transaction(PublicKey signer, AccountLinkAction action, PublicKey remote) {
        List<Notification> out = new ArrayList<>();
        out.add(new AccountPublicKeyNotification(signer));
        new AccountLinkTransactionHandler().publish(AccountLinkTransaction.of(remote, action), ContextBuilder.context()
                .signer(signer).type(AccountLinkTypes.ACCOUNT_LINK).version(2).transaction(), out::add);
        return out;
    }

    /** @return a block of the transactions' notifications, in order */
    @SafeVarargs
    private static List<Notification> block(List<Notification>... transactions) {
        List<Notification> block = new ArrayList<>();
        for (List<Notification> transaction : transactions) {
            block.addAll(transaction);
        }
        return block;
    }

    /** @return the kernel's account creation (first, as the kernel runs its core first), then the plugin */
    private static ChainRunner chain(InMemoryState state) {
        RecordingRegistrar kernel = new RecordingRegistrar();
        kernel.observer(new KernelAccountsDouble());
        RecordingRegistrar plugin = new RecordingRegistrar();
        new AccountLinkPlugin().register(plugin);
        return new ChainRunner(state, height -> ContextBuilder.context(), kernel, plugin);
    }

    private static InMemoryState genesis() {
        return Fixtures.state(Fixtures.funded(Fixtures.account(Fixtures.MAIN, 1), 100),
                Fixtures.funded(Fixtures.account(Fixtures.OTHER, 1), 100));
    }

    @Test
    void undoingALinkToANewRemoteRemovesTheRemoteAgain() {
        // Arrange
        InMemoryState state = genesis();
        ChainRunner chain = chain(state);
        Map<String, Map<String, String>> before = state.snapshot();

        // Act
        chain.commit(10, transaction(Fixtures.MAIN, AccountLinkAction.LINK, Fixtures.REMOTE));
        AccountType linked = Fixtures.find(state, Fixtures.REMOTE).orElseThrow().type();
        chain.rollback();

        // Assert
        assertEquals(AccountType.REMOTE, linked);
        assertEquals(before, state.snapshot());
    }

    @Test
    void undoingLinkUnlinkAndRelinkOfOneRemoteInOneBlockGivesTheStateBack() {
        // Arrange
        InMemoryState state = genesis();
        ChainRunner chain = chain(state);
        Map<String, Map<String, String>> before = state.snapshot();

        // Act
        chain.commit(10, block(
                transaction(Fixtures.MAIN, AccountLinkAction.LINK, Fixtures.REMOTE),
                transaction(Fixtures.MAIN, AccountLinkAction.UNLINK, Fixtures.REMOTE),
                transaction(Fixtures.OTHER, AccountLinkAction.LINK, Fixtures.REMOTE)));
        Map<String, Map<String, String>> committed = state.snapshot();
        chain.rollback();

        // Assert
        assertEquals(Fixtures.state(Fixtures.funded(Fixtures.account(Fixtures.MAIN, 1), 100),
                Fixtures.linked(Fixtures.funded(Fixtures.account(Fixtures.OTHER, 1), 100), AccountType.MAIN, Fixtures.REMOTE),
                Fixtures.linked(Fixtures.account(Fixtures.REMOTE, 10), AccountType.REMOTE, Fixtures.OTHER)).snapshot(), committed);
        assertEquals(before, state.snapshot());
    }

    @Test
    void undoingBlocksOneByOneGivesEachEarlierStateBack() {
        // Arrange: link at 10, unlink at 11, the former remote linked to another main account at 12
        InMemoryState state = genesis();
        ChainRunner chain = chain(state);
        Map<String, Map<String, String>> before = state.snapshot();
        chain.commit(10, transaction(Fixtures.MAIN, AccountLinkAction.LINK, Fixtures.REMOTE));
        chain.commit(11, transaction(Fixtures.MAIN, AccountLinkAction.UNLINK, Fixtures.REMOTE));
        chain.commit(12, transaction(Fixtures.OTHER, AccountLinkAction.LINK, Fixtures.REMOTE));

        // Act: undo 12, 11 and 10; the runner fails at the first undo that does not give back the state before it
        chain.rollbackAll();

        // Assert
        assertEquals(before, state.snapshot());
    }
}
