package io.sirius.plugin.lockhash.model;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.UnresolvedMosaic;
import java.util.Objects;

/**
 * The body of a Hash_Lock (0x4148): {@code MosaicId u64 | Amount u64 | Duration u64 | Hash 32}. The signer deposits
 * {@code lockedFundsPerAggregate} of the currency until the bonded aggregate with that hash is confirmed (the deposit
 * returns) or the lock ends (the block's harvester takes it).
 *
 * @param mosaic the deposit (id or alias) and amount
 * @param duration the number of blocks the lock lasts
 * @param hash the bonded aggregate's hash
 */
public record HashLockTransaction(UnresolvedMosaic mosaic, BlockDuration duration, Hash256 hash) {
    /** The body's size in bytes. */
    public static final int SIZE = 8 + 8 + 8 + Hash256.SIZE;

    /** Checks the arguments. */
    public HashLockTransaction {
        Objects.requireNonNull(mosaic, "mosaic");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(hash, "hash");
    }
}
