package io.sirius.plugin.namespace.state;

import io.sirius.api.model.NamespaceId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A set of namespace ids in ascending unsigned order: a root's children, and the value of every index row (the
 * namespaces expiring at a height, the roots of an owner, the namespaces aliasing an address or a mosaic). The order
 * makes the stored bytes, and so the cache's Merkle root, independent of the order the ids were added in.
 *
 * @param ids the ids, ascending as uint64, each once
 */
public record NamespaceIdSet(List<NamespaceId> ids) implements NamespaceRecord {
    /** No ids. */
    public static final NamespaceIdSet EMPTY = new NamespaceIdSet(List.of());

    /** Copies the list and checks the order. */
    public NamespaceIdSet {
        ids = List.copyOf(ids);
        for (int i = 1; i < ids.size(); i++) {
            if (ids.get(i - 1).compareTo(ids.get(i)) >= 0) {
                throw new IllegalArgumentException("namespace ids must ascend, each once: " + ids);
            }
        }
    }

    /**
     * @param ids any ids
     * @return the set of them
     */
    public static NamespaceIdSet of(java.util.Collection<NamespaceId> ids) {
        List<NamespaceId> sorted = new ArrayList<>(new java.util.TreeSet<>(ids));
        return new NamespaceIdSet(sorted);
    }

    /**
     * @param id an id
     * @return whether the set holds it
     */
    public boolean contains(NamespaceId id) {
        return Collections.binarySearch(ids, id) >= 0;
    }

    /** @return the number of ids */
    public int size() {
        return ids.size();
    }

    /** @return whether there are none */
    public boolean isEmpty() {
        return ids.isEmpty();
    }

    /**
     * @param id an id
     * @return the set with it (this set if it is already there)
     */
    public NamespaceIdSet with(NamespaceId id) {
        Objects.requireNonNull(id, "id");
        int at = Collections.binarySearch(ids, id);
        if (at >= 0) {
            return this;
        }
        List<NamespaceId> changed = new ArrayList<>(ids);
        changed.add(-at - 1, id);
        return new NamespaceIdSet(changed);
    }

    /**
     * @param id an id
     * @return the set without it (this set if it is not there)
     */
    public NamespaceIdSet without(NamespaceId id) {
        int at = Collections.binarySearch(ids, id);
        if (at < 0) {
            return this;
        }
        List<NamespaceId> changed = new ArrayList<>(ids);
        changed.remove(at);
        return new NamespaceIdSet(changed);
    }
}
