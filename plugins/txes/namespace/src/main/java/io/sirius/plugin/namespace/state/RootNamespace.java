package io.sirius.plugin.namespace.state;

import io.sirius.api.model.Address;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A root namespace as the cache holds it: its current term (owner, lifetime, expiry flag, alias, children) and the
 * terms it replaced.
 *
 * <p>{@code expired} is the expiry as of the state's height: it turns true in the block before the first expired
 * height (see NamespaceExpiryObserver), so that whoever reads the state without knowing its height, the alias
 * resolvers and the REST routes, sees whether the root is active at the height the state is used for. Validators do
 * not read it; they compare the lifetime with their context's height.
 *
 * @param id the root's id
 * @param name the root's name
 * @param owner the current owner
 * @param ownerAddress the owner's address (kept so routes can show it and find it)
 * @param lifetime the current lifetime
 * @param expired whether the lifetime has ended at the state's height
 * @param alias what the root stands for
 * @param children the ids of its current children (depth 2 and 3)
 * @param history the previous terms, oldest first
 */
public record RootNamespace(NamespaceId id, String name, PublicKey owner, Address ownerAddress, NamespaceLifetime lifetime,
        boolean expired, NamespaceAlias alias, NamespaceIdSet children, List<RootTerm> history) implements NamespaceRecord {

    /** Checks and copies the arguments. */
    public RootNamespace {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(ownerAddress, "ownerAddress");
        Objects.requireNonNull(lifetime, "lifetime");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(children, "children");
        history = List.copyOf(history);
    }

    /**
     * @param id the root's id
     * @param name its name
     * @param owner its owner
     * @param ownerAddress the owner's address
     * @param lifetime its lifetime
     * @return a new root with no alias, no children and no history, not expired
     */
    public static RootNamespace register(NamespaceId id, String name, PublicKey owner, Address ownerAddress,
            NamespaceLifetime lifetime) {
        return new RootNamespace(id, name, owner, ownerAddress, lifetime, false, NamespaceAlias.none(), NamespaceIdSet.EMPTY,
                List.of());
    }

    /** @return the current term, as it would be kept in the history */
    public RootTerm currentTerm() {
        return new RootTerm(owner, ownerAddress, lifetime, expired, java.util.Optional.empty());
    }

    /** @return the most recent previous term, if any */
    public java.util.Optional<RootTerm> lastTerm() {
        return history.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(history.get(history.size() - 1));
    }

    /**
     * @param term the term to push onto the history
     * @return this root with the term appended to its history
     */
    public RootNamespace withTerm(RootTerm term) {
        List<RootTerm> longer = new ArrayList<>(history);
        longer.add(term);
        return new RootNamespace(id, name, owner, ownerAddress, lifetime, expired, alias, children, longer);
    }

    /** @return this root with its last history term dropped */
    public RootNamespace withoutLastTerm() {
        if (history.isEmpty()) {
            throw new IllegalStateException("root " + id + " has no previous term");
        }
        return new RootNamespace(id, name, owner, ownerAddress, lifetime, expired, alias, children,
                history.subList(0, history.size() - 1));
    }

    /**
     * @param newLifetime the new lifetime
     * @param nowExpired whether it has ended at the state's height
     * @return this root with them
     */
    public RootNamespace withLifetime(NamespaceLifetime newLifetime, boolean nowExpired) {
        return new RootNamespace(id, name, owner, ownerAddress, newLifetime, nowExpired, alias, children, history);
    }

    /**
     * @param nowExpired the expiry flag
     * @return this root with it
     */
    public RootNamespace withExpired(boolean nowExpired) {
        return new RootNamespace(id, name, owner, ownerAddress, lifetime, nowExpired, alias, children, history);
    }

    /**
     * @param newOwner the owner
     * @param newOwnerAddress its address
     * @param newAlias the root's alias
     * @param newChildren the children
     * @return this root with another holder
     */
    public RootNamespace withHolder(PublicKey newOwner, Address newOwnerAddress, NamespaceAlias newAlias,
            NamespaceIdSet newChildren) {
        return new RootNamespace(id, name, newOwner, newOwnerAddress, lifetime, expired, newAlias, newChildren, history);
    }

    /**
     * @param newAlias the alias
     * @return this root with it
     */
    public RootNamespace withAlias(NamespaceAlias newAlias) {
        return new RootNamespace(id, name, owner, ownerAddress, lifetime, expired, newAlias, children, history);
    }

    /**
     * @param newChildren the children
     * @return this root with them
     */
    public RootNamespace withChildren(NamespaceIdSet newChildren) {
        return new RootNamespace(id, name, owner, ownerAddress, lifetime, expired, alias, newChildren, history);
    }
}
