package io.sirius.plugin.namespace.state;

import io.sirius.api.model.Address;
import io.sirius.api.model.PublicKey;
import java.util.Objects;
import java.util.Optional;

/**
 * A previous term of a root: who held it, for how long, and whether it had expired, as it was just before a later
 * registration (a renewal, or a registration after the grace period) replaced it. Kept so that rolling that
 * registration back restores the root exactly (Sirius keeps the same history of roots for the same reason).
 *
 * @param owner the owner then
 * @param ownerAddress the owner's address
 * @param lifetime the lifetime then
 * @param expired the expiry flag then
 * @param retired the alias and children the owner lost, when the next term went to another account; empty when the
 *     same account registered again (it keeps its alias and children, as in Sirius)
 */
public record RootTerm(PublicKey owner, Address ownerAddress, NamespaceLifetime lifetime, boolean expired,
        Optional<RetiredHoldings> retired) {

    /** Checks for nulls. */
    public RootTerm {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(ownerAddress, "ownerAddress");
        Objects.requireNonNull(lifetime, "lifetime");
        Objects.requireNonNull(retired, "retired");
    }
}
