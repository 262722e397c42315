package io.sirius.plugin.namespace.internal.observers;

import io.sirius.api.model.Height;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.notification.BlockNotification;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.state.RootNamespace;
import java.util.Optional;

/**
 * At the end of each block, marks expired the roots whose lifetime ends at the next height: they were active in this
 * block and are not in the next, and the state this block leaves is what the next block's transactions, and the REST
 * routes meanwhile, read. One point lookup of the expiry index per block, never a scan.
 *
 * <p>Roots listed there whose end has moved since (renewed) are skipped. On ROLLBACK the same roots are unmarked:
 * before this block's end no root ending at the next height was marked (the flag of a root is set by this observer
 * only, and registrations set it only for lifetimes that have already ended), so the state returns exactly.
 *
 * <p>The flag stands in for a height the resolvers and routes are not given (see the module README, "Waiting for the
 * API"); it relies on the plugin seeing every block while it holds namespaces. A root scheduled to expire while the
 * plugin was disabled keeps its flag until renewed or taken over; validators, which compare lifetimes with their
 * height, are not misled.
 */
public final class NamespaceExpiryObserver implements Observer<BlockNotification> {

    @Override
    public Class<BlockNotification> notificationType() {
        return BlockNotification.class;
    }

    @Override
    public void notify(BlockNotification notification, ObserverContext context) {
        NamespaceDelta namespaces = NamespaceDelta.of(context.state());
        Height next = context.height().next();
        boolean commit = context.mode() == NotifyMode.COMMIT;
        for (NamespaceId id : namespaces.expiringAt(next).ids()) {
            Optional<RootNamespace> root = namespaces.root(id);
            if (root.isPresent() && root.get().lifetime().end().equals(next) && root.get().expired() != commit) {
                namespaces.put(root.get().withExpired(commit));
            }
        }
    }
}
