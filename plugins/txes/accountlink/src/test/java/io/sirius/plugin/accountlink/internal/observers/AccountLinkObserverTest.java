package io.sirius.plugin.accountlink.internal.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountType;
import io.sirius.api.model.Height;
import io.sirius.api.observer.NotifyMode;
import io.sirius.plugin.accountlink.internal.Fixtures;
import io.sirius.plugin.accountlink.model.AccountLinkAction;
import io.sirius.plugin.accountlink.model.RemoteAccountLinkNotification;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.Transition;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccountLinkObserverTest {
    private static final long HEIGHT = 20;
    /** The main account: known since height 2, with a balance the link must not touch. */
    private static final AccountState MAIN = Fixtures.funded(Fixtures.account(Fixtures.MAIN, 2), 1_000_000);
    /** A remote account the link's public-key notification has just created. */
    private static final AccountState NEW_REMOTE = Fixtures.account(Fixtures.REMOTE, HEIGHT);
    /** A former remote account, unlinked at an earlier height, paid once as a block beneficiary. */
    private static final AccountState FORMER_REMOTE = Fixtures.funded(
            Fixtures.linked(Fixtures.account(Fixtures.REMOTE, 5), AccountType.REMOTE_UNLINKED, null), 7);

    private static void observe(InMemoryState state, AccountLinkAction action, NotifyMode mode) {
        new AccountLinkObserver().notify(new RemoteAccountLinkNotification(Fixtures.MAIN, Fixtures.REMOTE, action.code()),
                ContextBuilder.context().state(state).height(HEIGHT).mode(mode).observer());
    }

    private static AccountState mainLinked() {
        return Fixtures.linked(MAIN, AccountType.MAIN, Fixtures.REMOTE);
    }

    private static AccountState remoteLinked(AccountState remote) {
        return Fixtures.linked(remote, AccountType.REMOTE, Fixtures.MAIN);
    }

    /** Checks that observing {@code action} in {@code mode} makes the transition (or undoes it), and nothing else. */
    private static void assertTransition(AccountLinkAction action, NotifyMode mode, Transition transition) {
        InMemoryState state = transition.start(mode);

        observe(state, action, mode);

        assertEquals(transition.expected(mode), state.snapshot());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void linksANewRemoteAndUndoesItToTheFreshAccountTheKernelCreated(NotifyMode mode) {
        // Arrange
        Transition link = new Transition(() -> Fixtures.state(MAIN, NEW_REMOTE),
                () -> Fixtures.state(mainLinked(), remoteLinked(NEW_REMOTE)));

        // Act and Assert
        assertTransition(AccountLinkAction.LINK, mode, link);
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void linksAFormerRemoteAndUndoesItToAFormerRemote(NotifyMode mode) {
        // Arrange
        Transition link = new Transition(() -> Fixtures.state(MAIN, FORMER_REMOTE),
                () -> Fixtures.state(mainLinked(), remoteLinked(FORMER_REMOTE)));

        // Act and Assert
        assertTransition(AccountLinkAction.LINK, mode, link);
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void unlinksAndUndoesTheUnlink(NotifyMode mode) {
        // Arrange: linked since height 5; an unlink always leaves a former remote
        AccountState remote = Fixtures.account(Fixtures.REMOTE, 5);
        Transition unlink = new Transition(() -> Fixtures.state(mainLinked(), remoteLinked(remote)),
                () -> Fixtures.state(MAIN, Fixtures.linked(remote, AccountType.REMOTE_UNLINKED, null)));

        // Act and Assert
        assertTransition(AccountLinkAction.UNLINK, mode, unlink);
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void anUnlinkOfARemoteLinkedAtThisHeightStillLeavesAFormerRemote(NotifyMode mode) {
        // Arrange: linked earlier in this same block
        Transition unlink = new Transition(() -> Fixtures.state(mainLinked(), remoteLinked(NEW_REMOTE)),
                () -> Fixtures.state(MAIN, Fixtures.linked(NEW_REMOTE, AccountType.REMOTE_UNLINKED, null)));

        // Act and Assert
        assertTransition(AccountLinkAction.UNLINK, mode, unlink);
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aCommitAndItsRollbackLeaveTheStateAsItWas(NotifyMode first) {
        // Arrange
        NotifyMode second = first == NotifyMode.COMMIT ? NotifyMode.ROLLBACK : NotifyMode.COMMIT;
        InMemoryState state = first == NotifyMode.COMMIT ? Fixtures.state(MAIN, FORMER_REMOTE)
                : Fixtures.state(mainLinked(), remoteLinked(FORMER_REMOTE));
        Map<String, Map<String, String>> before = state.snapshot();

        // Act
        observe(state, AccountLinkAction.LINK, first);
        observe(state, AccountLinkAction.LINK, second);

        // Assert
        assertEquals(before, state.snapshot());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void neverTouchesABalance(NotifyMode mode) {
        // Arrange
        InMemoryState state = mode == NotifyMode.COMMIT ? Fixtures.state(MAIN, FORMER_REMOTE)
                : Fixtures.state(mainLinked(), remoteLinked(FORMER_REMOTE));

        // Act
        observe(state, AccountLinkAction.LINK, mode);

        // Assert
        assertEquals(MAIN.balances(), Fixtures.find(state, Fixtures.MAIN).orElseThrow().balances());
        assertEquals(FORMER_REMOTE.balances(), Fixtures.find(state, Fixtures.REMOTE).orElseThrow().balances());
    }

    @Test
    void failsLoudlyWithoutTheMainAccount() {
        // Arrange
        InMemoryState state = Fixtures.state(NEW_REMOTE);

        // Act
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> observe(state, AccountLinkAction.LINK, NotifyMode.COMMIT));

        // Assert
        assertTrue(e.getMessage().contains(Fixtures.address(Fixtures.MAIN).plain()), e.getMessage());
    }

    @Test
    void recreatesAMissingRemoteWhileUndoingAnUnlink() {
        // Arrange: the kernel dropped the remote created in this block while undoing a later link
        InMemoryState state = Fixtures.state(MAIN);

        // Act
        observe(state, AccountLinkAction.UNLINK, NotifyMode.ROLLBACK);

        // Assert
        AccountState remote = Fixtures.find(state, Fixtures.REMOTE).orElseThrow();
        assertEquals(remoteLinked(AccountState.create(Fixtures.address(Fixtures.REMOTE), new Height(HEIGHT))), remote);
    }

    @Test
    void tellsAnAccountCreatedAtTheHeightFromAnOlderOne() {
        // Arrange
        Height height = new Height(HEIGHT);
        AccountState keyLater = Fixtures.account(Fixtures.REMOTE, 5).withoutPublicKey(Fixtures.REMOTE)
                .withPublicKey(Fixtures.REMOTE, height);
        AccountState addressOnly = AccountState.create(Fixtures.address(Fixtures.REMOTE), height);

        // Act and Assert
        assertTrue(AccountLinkObserver.createdAt(NEW_REMOTE, height));
        assertTrue(AccountLinkObserver.createdAt(addressOnly, height));
        assertFalse(AccountLinkObserver.createdAt(Fixtures.funded(NEW_REMOTE, 1), height));
        assertFalse(AccountLinkObserver.createdAt(FORMER_REMOTE, height));
        assertFalse(AccountLinkObserver.createdAt(keyLater, height));
        assertFalse(AccountLinkObserver.createdAt(NEW_REMOTE, new Height(HEIGHT + 1)));
    }
}
