package io.sirius.plugin.namespace.state;

import io.sirius.api.model.NamespaceId;
import io.sirius.plugin.namespace.model.NamespaceTypes;
import java.util.List;
import java.util.Objects;

/**
 * A child namespace: where it sits, its name and its alias. Its owner and lifetime are its root's.
 *
 * @param path the ids from the root to this namespace, root first: 2 or 3 of them
 * @param name the last part of its name
 * @param alias what it stands for
 */
public record ChildNamespace(List<NamespaceId> path, String name, NamespaceAlias alias) implements NamespaceRecord {

    /** Checks and copies the arguments. */
    public ChildNamespace {
        path = List.copyOf(path);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(alias, "alias");
        if (path.size() < 2 || path.size() > NamespaceTypes.MAX_DEPTH) {
            throw new IllegalArgumentException("a child namespace's path has 2 or 3 ids, not " + path.size());
        }
    }

    /** @return its id, the last of the path */
    public NamespaceId id() {
        return path.get(path.size() - 1);
    }

    /** @return its root's id, the first of the path */
    public NamespaceId rootId() {
        return path.get(0);
    }

    /** @return its parent's id */
    public NamespaceId parentId() {
        return path.get(path.size() - 2);
    }

    /** @return 2 or 3 */
    public int depth() {
        return path.size();
    }

    /**
     * @param newAlias the new alias
     * @return this child with it
     */
    public ChildNamespace withAlias(NamespaceAlias newAlias) {
        return new ChildNamespace(path, name, newAlias);
    }
}
