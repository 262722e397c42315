package io.sirius.plugin.namespace.internal.observers;

import io.sirius.api.model.NamespaceId;
import io.sirius.api.notification.BlockNotification;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.api.receipt.ArtifactExpiryReceipt;
import io.sirius.plugin.namespace.internal.cache.GraceEnds;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.model.NamespaceTypes;

/**
 * At each block, a {@code Namespace_Expired} receipt (0x414E) for every root whose grace period ends at the block's
 * height (the first height at which it is no longer active, even for its owner), in id order, as Sirius's touch
 * observer writes them. One prefix scan of the plugin's {@link GraceEnds} index; it changes no state, so rollback
 * has nothing to undo.
 */
public final class NamespaceExpiryReceiptObserver implements Observer<BlockNotification> {

    @Override
    public Class<BlockNotification> notificationType() {
        return BlockNotification.class;
    }

    @Override
    public void notify(BlockNotification block, ObserverContext context) {
        if (context.mode() != NotifyMode.COMMIT) {
            return;
        }
        long height = block.height().value();
        NamespaceDelta namespaces = NamespaceDelta.of(context.state());
        context.state().index(GraceEnds.DESCRIPTOR).scan(GraceEnds.prefix(height), (key, value) -> {
            NamespaceId id = new NamespaceId(GraceEnds.rootId(key));
            namespaces.root(id).filter(root -> root.lifetime().graceEnd().value() == height).ifPresent(
                    root -> context.addReceipt(ArtifactExpiryReceipt.of(NamespaceTypes.EXPIRED_RECEIPT, id.value())));
            return true;
        });
    }
}
