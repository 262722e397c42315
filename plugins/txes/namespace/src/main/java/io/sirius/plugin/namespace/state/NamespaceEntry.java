package io.sirius.plugin.namespace.state;

import io.sirius.api.model.NamespaceId;
import io.sirius.plugin.namespace.model.NamespaceIds;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A namespace found by id, with the root that gives it its owner and lifetime (Sirius's {@code NamespaceEntry}).
 *
 * @param root the namespace itself, or the root of the child
 * @param child the child, when the namespace is not a root
 */
public record NamespaceEntry(RootNamespace root, Optional<ChildNamespace> child) {

    /** Checks that the child belongs to the root. */
    public NamespaceEntry {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(child, "child");
        if (child.isPresent() && !child.get().rootId().equals(root.id())) {
            throw new IllegalArgumentException("child " + child.get().id() + " is not under root " + root.id());
        }
    }

    /** @return the namespace's id */
    public NamespaceId id() {
        return child.map(ChildNamespace::id).orElse(root.id());
    }

    /** @return whether the namespace is a root */
    public boolean isRoot() {
        return child.isEmpty();
    }

    /** @return the ids from the root to the namespace */
    public List<NamespaceId> path() {
        return child.map(ChildNamespace::path).orElse(List.of(root.id()));
    }

    /** @return 1 for a root, 2 or 3 for a child */
    public int depth() {
        return path().size();
    }

    /** @return the parent's id, {@link NamespaceIds#ROOT_PARENT} for a root */
    public NamespaceId parentId() {
        return child.map(ChildNamespace::parentId).orElse(NamespaceIds.ROOT_PARENT);
    }

    /** @return the last part of the namespace's name */
    public String name() {
        return child.map(ChildNamespace::name).orElse(root.name());
    }

    /** @return what the namespace stands for */
    public NamespaceAlias alias() {
        return child.map(ChildNamespace::alias).orElse(root.alias());
    }
}
