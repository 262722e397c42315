package io.sirius.plugin.locksecret.model;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaic;
import java.util.Objects;

/**
 * The body of a Secret_Lock (0x4152): {@code MosaicId u64 | Amount u64 | Duration u64 | HashAlgorithm u8 | Secret 32 |
 * Recipient 25}. The mosaic leaves the signer now; whoever publishes the proof of the secret sends it to the recipient
 * before the lock ends, and it returns to the signer if nobody does.
 *
 * @param mosaic the locked mosaic (id or alias) and amount
 * @param duration the number of blocks the lock lasts
 * @param hashAlgorithm the raw algorithm byte (see {@link LockHashAlgorithm}; validators judge unknown values)
 * @param secret the hash of the proof
 * @param recipient who receives the mosaic on proof (address or alias)
 */
public record SecretLockTransaction(UnresolvedMosaic mosaic, BlockDuration duration, int hashAlgorithm, Hash256 secret,
        UnresolvedAddress recipient) {
    /** The body's size in bytes. */
    public static final int SIZE = 8 + 8 + 8 + 1 + Hash256.SIZE + UnresolvedAddress.SIZE;

    /** Checks the arguments. */
    public SecretLockTransaction {
        Objects.requireNonNull(mosaic, "mosaic");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(recipient, "recipient");
        if (hashAlgorithm < 0 || hashAlgorithm > 0xFF) {
            throw new IllegalArgumentException("a hash algorithm is one byte, not " + hashAlgorithm);
        }
    }
}
