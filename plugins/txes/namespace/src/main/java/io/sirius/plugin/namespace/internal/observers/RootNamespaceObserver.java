package io.sirius.plugin.namespace.internal.observers;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Height;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.internal.config.ChainBlockTime;
import io.sirius.plugin.namespace.internal.config.NamespaceConfig;
import io.sirius.plugin.namespace.model.RootNamespaceNotification;
import io.sirius.plugin.namespace.state.ChildNamespace;
import io.sirius.plugin.namespace.state.NamespaceAlias;
import io.sirius.plugin.namespace.state.NamespaceIdSet;
import io.sirius.plugin.namespace.state.NamespaceLifetime;
import io.sirius.plugin.namespace.state.RetiredHoldings;
import io.sirius.plugin.namespace.state.RootNamespace;
import io.sirius.plugin.namespace.state.RootTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a root registration into the root's row (Sirius's {@code RootNamespaceObserver} and the root insert of its
 * cache):
 * <ul>
 * <li>a new root gets a fresh lifetime from the current height;</li>
 * <li>its owner, while it is active or in its grace period, renews it: the end moves by the duration (0 makes it
 * eternal) and the alias and children stay;</li>
 * <li>its owner, after the grace period, registers it afresh and keeps alias and children, as Sirius does for the
 * same owner;</li>
 * <li>another account, after the grace period, takes it over: a fresh lifetime, no alias, no children.</li>
 * </ul>
 * The term being replaced goes onto the root's history, with the alias and children the previous owner loses in a
 * takeover. ROLLBACK pops that term and restores it, or removes a root that had none. The grace period comes from the
 * configuration in force at the height (in blocks of the chain's block time) and is stored in the lifetime.
 */
public final class RootNamespaceObserver implements Observer<RootNamespaceNotification> {

    @Override
    public Class<RootNamespaceNotification> notificationType() {
        return RootNamespaceNotification.class;
    }

    @Override
    public void notify(RootNamespaceNotification notification, ObserverContext context) {
        NamespaceDelta namespaces = NamespaceDelta.of(context.state());
        Optional<RootNamespace> existing = namespaces.root(notification.namespaceId());
        if (context.mode() == NotifyMode.COMMIT) {
            namespaces.put(registered(notification, context, existing, namespaces));
            return;
        }
        RootNamespace root = existing.orElseThrow(() -> new IllegalStateException(
                "cannot roll back root " + notification.namespaceId() + ": it is not there"));
        if (root.history().isEmpty()) {
            namespaces.remove(root.id());
        } else {
            namespaces.put(restored(root));
        }
    }

    private static RootNamespace registered(RootNamespaceNotification notification, ObserverContext context,
            Optional<RootNamespace> existing, NamespaceDelta namespaces) {
        Height height = context.height();
        NamespaceConfig config = context.config(NamespaceConfig.SECTION);
        BlockDuration grace = config.gracePeriodBlocks(ChainBlockTime.of(context.chainConfig()));
        NamespaceLifetime fresh = NamespaceLifetime.of(height, notification.duration(), grace);
        if (existing.isEmpty()) {
            return RootNamespace.register(notification.namespaceId(), notification.name(), notification.signer(),
                    context.addressOf(notification.signer()), fresh);
        }
        RootNamespace root = existing.get();
        if (root.owner().equals(notification.signer())) {
            NamespaceLifetime lifetime = root.lifetime().isActiveOrInGracePeriod(height)
                    ? root.lifetime().renewedBy(notification.duration(), grace)
                    : fresh;
            return root.withTerm(root.currentTerm()).withLifetime(lifetime, lifetime.end().compareTo(height) <= 0);
        }
        List<ChildNamespace> children = new ArrayList<>(root.children().size());
        root.children().ids().forEach(id -> children.add(namespaces.child(id).orElseThrow(() -> new IllegalStateException(
                "root " + root.id() + " lists child " + id + ", which is not there"))));
        RootTerm previous = new RootTerm(root.owner(), root.ownerAddress(), root.lifetime(), root.expired(),
                Optional.of(new RetiredHoldings(root.alias(), children)));
        return root.withTerm(previous)
                .withHolder(notification.signer(), context.addressOf(notification.signer()), NamespaceAlias.none(),
                        NamespaceIdSet.EMPTY)
                .withLifetime(fresh, false);
    }

    private static RootNamespace restored(RootNamespace root) {
        RootTerm previous = root.lastTerm().orElseThrow();
        RootNamespace restored = root.withoutLastTerm().withLifetime(previous.lifetime(), previous.expired());
        if (previous.retired().isEmpty()) {
            return restored;
        }
        RetiredHoldings retired = previous.retired().get();
        return restored.withHolder(previous.owner(), previous.ownerAddress(), retired.rootAlias(),
                NamespaceIdSet.of(retired.children().stream().map(ChildNamespace::id).toList()));
    }
}
