package io.sirius.plugin.lockhash.state;

import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A hash lock, Sirius's {@code HashLockInfo}: the owner's deposit, the height the lock ends at, whether its aggregate
 * was confirmed, and the aggregate's hash, which is its key.
 *
 * <p>Two facts Sirius keeps elsewhere are kept here: the owner's address (Sirius's MongoDB has it, for REST) and the lock
 * this one took the key of. Sirius prunes a lock {@code maxRollbackBlocks} after it ends, which lets the same aggregate
 * be locked again; this node keeps the pruned lock inside the new one, so rolling that one back restores it exactly.
 *
 * @param account the owner, who deposited
 * @param accountAddress the owner's address
 * @param mosaicId the deposited mosaic (resolved; the currency)
 * @param amount the deposit
 * @param height the height the lock ends at: active below it, forfeited at it
 * @param status used (aggregate confirmed) or not
 * @param hash the bonded aggregate's hash
 * @param replaced the pruned lock whose key this one reuses, if any
 */
public record HashLockInfo(PublicKey account, Address accountAddress, MosaicId mosaicId, Amount amount, Height height,
        LockStatus status, Hash256 hash, Optional<HashLockInfo> replaced) implements HashLockRecord {

    /** Checks the arguments. */
    public HashLockInfo {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(accountAddress, "accountAddress");
        Objects.requireNonNull(mosaicId, "mosaicId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(height, "height");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(replaced, "replaced");
        if (replaced.isPresent() && !replaced.get().hash().equals(hash)) {
            throw new IllegalArgumentException("a lock can only replace a lock of its own hash");
        }
    }

    /**
     * @param at a height
     * @return whether the aggregate may still be confirmed with this lock: not used and not ended
     */
    public boolean isActive(Height at) {
        return status == LockStatus.UNUSED && Long.compareUnsigned(at.value(), height.value()) < 0;
    }

    /**
     * Whether Sirius would no longer have this lock while it processes a transaction at {@code at}: it prunes a lock
     * at the end of block {@code height + maxRollbackBlocks}.
     *
     * @param at the height of the block being processed
     * @param maxRollbackBlocks the {@code [chain] maxRollbackBlocks} in force
     * @return whether the lock is pruned
     */
    public boolean isPruned(Height at, long maxRollbackBlocks) {
        long prunedAt;
        try {
            prunedAt = Math.addExact(height.value(), maxRollbackBlocks);
        } catch (ArithmeticException e) {
            return false;
        }
        return prunedAt < at.value();
    }

    /**
     * @param changed the new status
     * @return the lock with it
     */
    public HashLockInfo withStatus(LockStatus changed) {
        return new HashLockInfo(account, accountAddress, mosaicId, amount, height, changed, hash, replaced);
    }

    /**
     * @param predicate a test of a lock
     * @return whether this lock or one it replaced (at any depth) passes it
     */
    public boolean anyInChain(Predicate<HashLockInfo> predicate) {
        for (Optional<HashLockInfo> lock = Optional.of(this); lock.isPresent(); lock = lock.get().replaced()) {
            if (predicate.test(lock.get())) {
                return true;
            }
        }
        return false;
    }
}
