package io.sirius.plugin.namespace.internal.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.model.Height;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Timestamp;
import io.sirius.api.notification.BlockNotification;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.receipt.ArtifactExpiryReceipt;
import io.sirius.api.receipt.Receipt;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.model.NamespaceTypes;
import io.sirius.plugin.namespace.state.NamespaceLifetime;
import io.sirius.plugin.namespace.state.RootNamespace;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Namespace_Expired receipts at the end of a root's grace period, read from the grace-end index that
 * {@link NamespaceDelta} keeps as roots are put, renewed, restored and removed.
 */
class NamespaceExpiryReceiptObserverTest {

    private static List<Receipt> endBlock(InMemoryState state, long height, NotifyMode mode) {
        ContextBuilder context = Fixtures.context(height, state).mode(mode);
        new NamespaceExpiryReceiptObserver().notify(new BlockNotification(PublicKey.ZERO, PublicKey.ZERO,
                new Height(height), new Timestamp(0), Amount.ZERO, 0, 1), context.observer());
        return context.receipts();
    }

    private static Receipt expired(RootNamespace root) {
        return ArtifactExpiryReceipt.of(NamespaceTypes.EXPIRED_RECEIPT, root.id().value());
    }

    @Test
    void writesAnExpiryForEachRootWhoseGracePeriodEndsAtTheBlockInIdOrder() {
        // Arrange: two roots ending at 110, one at 120, an eternal one
        InMemoryState state = Fixtures.state();
        NamespaceDelta namespaces = NamespaceDelta.of(state);
        RootNamespace a = Fixtures.root("aaa", Fixtures.OWNER, 10, 110);
        RootNamespace b = Fixtures.root("bbb", Fixtures.OWNER, 20, 110);
        RootNamespace c = Fixtures.root("ccc", Fixtures.OWNER, 20, 120);
        RootNamespace eternal = Fixtures.root("ddd", Fixtures.OWNER, 1, 2).withLifetime(
                new NamespaceLifetime(new Height(1), new Height(-1L), new Height(-1L)), false);
        List.of(a, b, c, eternal).forEach(namespaces::put);
        long graceEnd = a.lifetime().graceEnd().value();
        List<RootNamespace> atGraceEnd = new ArrayList<>(List.of(a, b));
        atGraceEnd.sort(Comparator.comparing(r -> r.id().value(), Long::compareUnsigned));

        // Act + Assert
        assertEquals(atGraceEnd.stream().map(NamespaceExpiryReceiptObserverTest::expired).toList(),
                endBlock(state, graceEnd, NotifyMode.COMMIT));
        assertEquals(List.of(expired(c)), endBlock(state, c.lifetime().graceEnd().value(), NotifyMode.COMMIT));
        assertEquals(List.of(), endBlock(state, 110, NotifyMode.COMMIT), "the lifetime's end is not the expiry");
        assertEquals(List.of(), endBlock(state, graceEnd, NotifyMode.ROLLBACK));
        assertEquals(0x414E, NamespaceTypes.EXPIRED_RECEIPT.value());
    }

    @Test
    void aRenewalMovesTheExpiryAndRestoringTheRootMovesItBack() {
        // Arrange
        InMemoryState state = Fixtures.state();
        NamespaceDelta namespaces = NamespaceDelta.of(state);
        RootNamespace root = Fixtures.root("aaa", Fixtures.OWNER, 10, 110);
        namespaces.put(root);
        long before = root.lifetime().graceEnd().value();
        RootNamespace renewed = root.withLifetime(Fixtures.lifetime(10, 210), false);

        // Act + Assert: renewed
        namespaces.put(renewed);
        assertEquals(List.of(), endBlock(state, before, NotifyMode.COMMIT));
        assertEquals(List.of(expired(root)), endBlock(state, renewed.lifetime().graceEnd().value(), NotifyMode.COMMIT));

        // Act + Assert: the renewal rolled back, then the root removed
        namespaces.put(root);
        assertEquals(List.of(expired(root)), endBlock(state, before, NotifyMode.COMMIT));
        assertEquals(List.of(), endBlock(state, renewed.lifetime().graceEnd().value(), NotifyMode.COMMIT));
        namespaces.remove(root.id());
        assertEquals(List.of(), endBlock(state, before, NotifyMode.COMMIT));
        assertEquals(null, state.snapshot().get("index:namespace_by_grace_end"), "no row left");
    }
}
