package io.sirius.plugin.locksecret.state;

import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import io.sirius.crypto.Hashes;
import io.sirius.plugin.locksecret.model.LockHashAlgorithm;
import java.util.Objects;
import java.util.Optional;

/**
 * A secret lock, Sirius's {@code SecretLockInfo}: the owner's locked mosaic, the height the lock ends at, whether it
 * was used, and the secret and recipient whose composite hash is its key.
 *
 * <p>Two facts Sirius keeps elsewhere are kept here: the owner's address (Sirius's MongoDB has it, for REST) and the lock
 * this one took the key of. Sirius prunes a lock {@code maxRollbackBlocks} after it ends, which frees its key; this
 * node keeps the pruned lock inside the one that reuses the key, so rolling that one back restores it exactly.
 *
 * @param account the owner, who created the lock
 * @param accountAddress the owner's address
 * @param mosaicId the locked mosaic (resolved)
 * @param amount the locked amount
 * @param height the height the lock ends at: active below it, refunded at it
 * @param status used or not
 * @param hashAlgorithm the algorithm of the secret
 * @param secret the secret
 * @param recipient who receives the mosaic on proof (resolved)
 * @param replaced the pruned lock whose key this one reuses, if any
 */
public record SecretLockInfo(PublicKey account, Address accountAddress, MosaicId mosaicId, Amount amount, Height height,
        LockStatus status, LockHashAlgorithm hashAlgorithm, Hash256 secret, Address recipient,
        Optional<SecretLockInfo> replaced) implements SecretLockRecord {

    /** Checks the arguments. */
    public SecretLockInfo {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(accountAddress, "accountAddress");
        Objects.requireNonNull(mosaicId, "mosaicId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(height, "height");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(hashAlgorithm, "hashAlgorithm");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(replaced, "replaced");
        if (replaced.isPresent() && !replaced.get().compositeHash().equals(compositeHash(secret, recipient))) {
            throw new IllegalArgumentException("a lock can only replace a lock with its own composite hash");
        }
    }

    /**
     * Sirius's key of a secret lock: SHA3-256 of the secret and the recipient's 25 address bytes.
     *
     * @param secret the secret
     * @param recipient the resolved recipient
     * @return the composite hash
     */
    public static Hash256 compositeHash(Hash256 secret, Address recipient) {
        return Hashes.sha3_256Hash(secret.bytes(), recipient.bytes());
    }

    /** @return this lock's key */
    public Hash256 compositeHash() {
        return compositeHash(secret, recipient);
    }

    /**
     * @param at a height
     * @return whether a proof may use the lock at that height: not used and not ended
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
    public SecretLockInfo withStatus(LockStatus changed) {
        return new SecretLockInfo(account, accountAddress, mosaicId, amount, height, changed, hashAlgorithm, secret, recipient,
                replaced);
    }

    /**
     * @param predicate a test of a lock
     * @return whether this lock or one it replaced (at any depth) passes it
     */
    public boolean anyInChain(java.util.function.Predicate<SecretLockInfo> predicate) {
        for (Optional<SecretLockInfo> lock = Optional.of(this); lock.isPresent(); lock = lock.get().replaced()) {
            if (predicate.test(lock.get())) {
                return true;
            }
        }
        return false;
    }
}
