package io.sirius.plugin.lockhash.state;

import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import io.sirius.plugin.lockshared.state.LockInfo;
import io.sirius.plugin.lockshared.state.LockStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * A hash lock, Sirius's {@code HashLockInfo}: the shared {@link LockInfo} fields (the owner's deposit, the height the
 * lock ends at, whether its aggregate was confirmed) and the aggregate's hash, which is its key.
 *
 * <p>As every lock here, it keeps the owner's address and the lock it took the key of: Sirius prunes a lock
 * {@code maxRollbackBlocks} after it ends, which lets the same aggregate be locked again; this node keeps the pruned lock
 * inside the new one, so rolling that one back restores it exactly. {@code isActive}, {@code isPruned} and
 * {@code anyInChain} come from {@link LockInfo}.
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
        LockStatus status, Hash256 hash, Optional<HashLockInfo> replaced) implements LockInfo<HashLockInfo> {

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

    /** @return the aggregate's hash, the lock's key */
    @Override
    public Hash256 key() {
        return hash;
    }

    @Override
    public HashLockInfo withStatus(LockStatus changed) {
        return new HashLockInfo(account, accountAddress, mosaicId, amount, height, changed, hash, replaced);
    }
}
