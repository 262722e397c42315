package io.sirius.kernel.chain;

import io.sirius.api.model.Address;
import io.sirius.api.model.EntityType;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A search of confirmed or unconfirmed transactions, as {@code GET /transactions/{group}} asks for it.
 *
 * @param group {@code confirmed} or {@code unconfirmed}
 * @param account only transactions concerning this account, if present
 * @param role the account's role in them
 * @param types only these entity types; empty for all
 * @param fromHeight the lowest height (confirmed only; 1 for no bound)
 * @param toHeight the highest height (confirmed only; {@link Long#MAX_VALUE} for no bound)
 * @param descending newest first (by height, then position in the block) rather than oldest first
 * @param pageSize entries per page (at least 1)
 * @param pageNumber the page, from 1
 */
public record TransactionQuery(String group, Optional<Address> account, Role role, Set<EntityType> types, long fromHeight,
        long toHeight, boolean descending, int pageSize, int pageNumber) {

    /** An account's part in a transaction. */
    public enum Role {
        /** Any part: signer, recipient or named in it. */
        ANY,
        /** The signer. */
        SIGNER,
        /** A recipient of a transfer or credit. */
        RECIPIENT
    }

    /** Checks the arguments. */
    public TransactionQuery {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(role, "role");
        types = Set.copyOf(types);
        if (pageSize < 1 || pageNumber < 1) {
            throw new IllegalArgumentException("pageSize and pageNumber start at 1");
        }
    }
}
