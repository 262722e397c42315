package io.sirius.plugin.lockshared.state;

import io.sirius.api.config.ConfigProperties;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The part of a lock both families share, Sirius's {@code LockInfo}: the owner, one locked mosaic, the height the lock
 * ends at and whether it was used; a family's record adds its own fields and its key.
 *
 * <p>Two facts Sirius keeps elsewhere are kept here: the owner's address (Sirius's MongoDB has it, for REST) and the lock
 * this one took the key of. Sirius prunes a lock {@code maxRollbackBlocks} after it ends, which frees its key; this node
 * keeps the pruned lock inside the one that reuses the key, so rolling that one back restores it exactly.
 *
 * @param <L> the family's lock record
 */
public non-sealed interface LockInfo<L extends LockInfo<L>> extends LockRecord {
    /** The {@code [chain]} key of the depth Sirius prunes ended locks at. */
    String MAX_ROLLBACK_BLOCKS = "maxRollbackBlocks";

    /** @return the owner, who created the lock */
    PublicKey account();

    /** @return the owner's address */
    Address accountAddress();

    /** @return the locked mosaic (resolved) */
    MosaicId mosaicId();

    /** @return the locked amount */
    Amount amount();

    /** @return the height the lock ends at: active below it, paid out at it */
    Height height();

    /** @return used or not */
    LockStatus status();

    /** @return the pruned lock whose key this one reuses, if any */
    Optional<L> replaced();

    /** @return the lock's key in its cache (the aggregate hash, the composite hash) */
    Hash256 key();

    /**
     * @param changed the new status
     * @return the lock with it
     */
    L withStatus(LockStatus changed);

    /**
     * @param at a height
     * @return whether the lock may still be used at that height: not used and not ended
     */
    default boolean isActive(Height at) {
        return status() == LockStatus.UNUSED && Long.compareUnsigned(at.value(), height().value()) < 0;
    }

    /**
     * Whether Sirius would no longer have this lock while it processes a transaction at {@code at}: it prunes a lock
     * at the end of block {@code height + maxRollbackBlocks}.
     *
     * @param at the height of the block being processed
     * @param maxRollbackBlocks the {@code [chain] maxRollbackBlocks} in force
     * @return whether the lock is pruned
     */
    default boolean isPruned(Height at, long maxRollbackBlocks) {
        long prunedAt;
        try {
            prunedAt = Math.addExact(height().value(), maxRollbackBlocks);
        } catch (ArithmeticException e) {
            return false;
        }
        return prunedAt < at.value();
    }

    /**
     * {@link #isPruned(Height, long)} with the {@code maxRollbackBlocks} of a {@code [chain]} section.
     *
     * @param at the height of the block being processed
     * @param chain the {@code [chain]} section in force (a context's {@code chainConfig()})
     * @return whether the lock is pruned
     * @throws io.sirius.api.config.ConfigException if the key is missing or malformed
     */
    default boolean isPruned(Height at, ConfigProperties chain) {
        return isPruned(at, chain.getLong(MAX_ROLLBACK_BLOCKS));
    }

    /**
     * @param predicate a test of a lock
     * @return whether this lock or one it replaced (at any depth) passes it
     */
    default boolean anyInChain(Predicate<? super L> predicate) {
        @SuppressWarnings("unchecked") // L is the implementing record, by the type's contract
        L self = (L) this;
        for (Optional<L> lock = Optional.of(self); lock.isPresent(); lock = lock.get().replaced()) {
            if (predicate.test(lock.get())) {
                return true;
            }
        }
        return false;
    }
}
