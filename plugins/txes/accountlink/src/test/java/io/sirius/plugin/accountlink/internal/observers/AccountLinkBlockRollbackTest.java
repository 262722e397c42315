package io.sirius.plugin.accountlink.internal.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.account.AccountType;
import io.sirius.api.model.PublicKey;
import io.sirius.api.notification.AccountPublicKeyNotification;
import io.sirius.api.notification.Notification;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.result.ResultCode;
import io.sirius.plugin.accountlink.internal.Fixtures;
import io.sirius.plugin.accountlink.internal.KernelAccountsDouble;
import io.sirius.plugin.accountlink.internal.plugin.AccountLinkTransactionHandler;
import io.sirius.plugin.accountlink.internal.validators.AccountLinkAvailabilityValidator;
import io.sirius.plugin.accountlink.internal.validators.NewRemoteAccountAvailabilityValidator;
import io.sirius.plugin.accountlink.model.AccountLinkAction;
import io.sirius.plugin.accountlink.model.AccountLinkTransaction;
import io.sirius.plugin.accountlink.model.AccountLinkTypes;
import io.sirius.plugin.accountlink.model.NewRemoteAccountNotification;
import io.sirius.plugin.accountlink.model.RemoteAccountLinkNotification;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whole blocks of account links through the handler, the validators, the observer and a double of the kernel's account
 * creation, the way the kernel runs them: each notification validated then observed; a block undone notification by
 * notification in reverse. Undoing must give back exactly the state before the block, including the remote account's
 * disappearance when the block created it.
 */
class AccountLinkBlockRollbackTest {
    private final KernelAccountsDouble kernel = new KernelAccountsDouble();
    private final AccountLinkObserver observer = new AccountLinkObserver();

    /** An Account_Link signed by {@code signer}: the kernel's signer-key notification, then the handler's. */
    private static List<Notification> transaction(PublicKey signer, AccountLinkAction action, PublicKey remote) {
        List<Notification> out = new ArrayList<>();
        out.add(new AccountPublicKeyNotification(signer));
        new AccountLinkTransactionHandler().publish(AccountLinkTransaction.of(remote, action), ContextBuilder.context()
                .signer(signer).type(AccountLinkTypes.ACCOUNT_LINK).version(2).transaction(), out::add);
        return out;
    }

    private void execute(InMemoryState state, long height, List<List<Notification>> block) {
        for (List<Notification> transaction : block) {
            for (Notification n : transaction) {
                ContextBuilder context = ContextBuilder.context().state(state).height(height);
                if (n instanceof RemoteAccountLinkNotification link) {
                    ResultCode result = new AccountLinkAvailabilityValidator().validate(link, context.stateful());
                    assertTrue(result.isSuccess(), result.statusName());
                    observer.notify(link, context.mode(NotifyMode.COMMIT).observer());
                } else if (n instanceof NewRemoteAccountNotification remote) {
                    ResultCode result = new NewRemoteAccountAvailabilityValidator().validate(remote, context.stateful());
                    assertTrue(result.isSuccess(), result.statusName());
                } else if (n instanceof AccountPublicKeyNotification key) {
                    kernel.notify(key, context.mode(NotifyMode.COMMIT).observer());
                }
            }
        }
    }

    private void undo(InMemoryState state, long height, List<List<Notification>> block) {
        for (int t = block.size() - 1; t >= 0; t--) {
            List<Notification> transaction = block.get(t);
            for (int i = transaction.size() - 1; i >= 0; i--) {
                Notification n = transaction.get(i);
                ContextBuilder context = ContextBuilder.context().state(state).height(height).mode(NotifyMode.ROLLBACK);
                if (n instanceof RemoteAccountLinkNotification link) {
                    observer.notify(link, context.observer());
                } else if (n instanceof AccountPublicKeyNotification key) {
                    kernel.notify(key, context.observer());
                }
            }
        }
    }

    private static InMemoryState genesis() {
        return Fixtures.state(Fixtures.funded(Fixtures.account(Fixtures.MAIN, 1), 100),
                Fixtures.funded(Fixtures.account(Fixtures.OTHER, 1), 100));
    }

    @Test
    void undoingALinkToANewRemoteRemovesTheRemoteAgain() {
        // Arrange
        InMemoryState state = genesis();
        Map<String, Map<String, String>> before = state.snapshot();
        List<List<Notification>> block = List.of(transaction(Fixtures.MAIN, AccountLinkAction.LINK, Fixtures.REMOTE));

        // Act
        execute(state, 10, block);
        AccountType linked = Fixtures.find(state, Fixtures.REMOTE).orElseThrow().type();
        undo(state, 10, block);

        // Assert
        assertEquals(AccountType.REMOTE, linked);
        assertEquals(before, state.snapshot());
    }

    @Test
    void undoingLinkUnlinkAndRelinkOfOneRemoteInOneBlockGivesTheStateBack() {
        // Arrange
        InMemoryState state = genesis();
        Map<String, Map<String, String>> before = state.snapshot();
        List<List<Notification>> block = List.of(
                transaction(Fixtures.MAIN, AccountLinkAction.LINK, Fixtures.REMOTE),
                transaction(Fixtures.MAIN, AccountLinkAction.UNLINK, Fixtures.REMOTE),
                transaction(Fixtures.OTHER, AccountLinkAction.LINK, Fixtures.REMOTE));

        // Act
        execute(state, 10, block);
        Map<String, Map<String, String>> committed = state.snapshot();
        undo(state, 10, block);

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
        List<List<List<Notification>>> blocks = List.of(
                List.of(transaction(Fixtures.MAIN, AccountLinkAction.LINK, Fixtures.REMOTE)),
                List.of(transaction(Fixtures.MAIN, AccountLinkAction.UNLINK, Fixtures.REMOTE)),
                List.of(transaction(Fixtures.OTHER, AccountLinkAction.LINK, Fixtures.REMOTE)));
        List<Map<String, Map<String, String>>> snapshots = new ArrayList<>();

        // Act
        for (int i = 0; i < blocks.size(); i++) {
            snapshots.add(state.snapshot());
            execute(state, 10 + i, blocks.get(i));
        }
        List<Map<String, Map<String, String>>> undone = new ArrayList<>();
        for (int i = blocks.size() - 1; i >= 0; i--) {
            undo(state, 10 + i, blocks.get(i));
            undone.add(0, state.snapshot());
        }

        // Assert
        assertEquals(snapshots, undone);
    }
}
