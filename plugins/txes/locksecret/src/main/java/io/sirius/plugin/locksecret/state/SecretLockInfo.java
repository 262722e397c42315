package io.sirius.plugin.locksecret.state;

import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import io.sirius.crypto.Hashes;
import io.sirius.plugin.locksecret.model.LockHashAlgorithm;
import io.sirius.plugin.lockshared.state.LockInfo;
import io.sirius.plugin.lockshared.state.LockStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * A secret lock, Sirius's {@code SecretLockInfo}: the shared {@link LockInfo} fields (the owner's locked mosaic, the
 * height the lock ends at, whether it was used) and the secret and recipient whose composite hash is its key.
 *
 * <p>As every lock here, it keeps the owner's address and the lock it took the key of: Sirius prunes a lock
 * {@code maxRollbackBlocks} after it ends, which frees its key; this node keeps the pruned lock inside the one that
 * reuses the key, so rolling that one back restores it exactly. {@code isActive}, {@code isPruned} and
 * {@code anyInChain} come from {@link LockInfo}.
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
        Optional<SecretLockInfo> replaced) implements LockInfo<SecretLockInfo> {

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

    /** @return the composite hash, the lock's key */
    @Override
    public Hash256 key() {
        return compositeHash();
    }

    @Override
    public SecretLockInfo withStatus(LockStatus changed) {
        return new SecretLockInfo(account, accountAddress, mosaicId, amount, height, changed, hashAlgorithm, secret, recipient,
                replaced);
    }
}
