package io.sirius.plugin.namespace.internal.observers;

import io.sirius.api.model.NamespaceId;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.model.ChildNamespaceNotification;
import io.sirius.plugin.namespace.state.ChildNamespace;
import io.sirius.plugin.namespace.state.NamespaceAlias;
import io.sirius.plugin.namespace.state.NamespaceEntry;
import io.sirius.plugin.namespace.state.RootNamespace;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds a child under its parent (Sirius's {@code ChildNamespaceObserver}): the child's row, with its path (the
 * parent's path and its own id), name and no alias, and its id in the root's children. ROLLBACK removes both.
 */
public final class ChildNamespaceObserver implements Observer<ChildNamespaceNotification> {

    @Override
    public Class<ChildNamespaceNotification> notificationType() {
        return ChildNamespaceNotification.class;
    }

    @Override
    public void notify(ChildNamespaceNotification notification, ObserverContext context) {
        NamespaceDelta namespaces = NamespaceDelta.of(context.state());
        NamespaceId id = notification.namespaceId();
        if (context.mode() == NotifyMode.COMMIT) {
            NamespaceEntry parent = namespaces.find(notification.parentId()).orElseThrow(() -> new IllegalStateException(
                    "parent " + notification.parentId() + " of child " + id + " is not there"));
            List<NamespaceId> path = new ArrayList<>(parent.path());
            path.add(id);
            namespaces.put(new ChildNamespace(path, notification.name(), NamespaceAlias.none()));
            RootNamespace root = parent.root();
            namespaces.put(root.withChildren(root.children().with(id)));
            return;
        }
        ChildNamespace child = namespaces.child(id).orElseThrow(() -> new IllegalStateException(
                "cannot roll back child " + id + ": it is not there"));
        namespaces.remove(id);
        RootNamespace root = namespaces.root(child.rootId()).orElseThrow(() -> new IllegalStateException(
                "child " + id + " has no root " + child.rootId()));
        namespaces.put(root.withChildren(root.children().without(id)));
    }
}
