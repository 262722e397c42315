package io.sirius.plugin.lockhash.internal.plugin;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.model.Amount;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.UnresolvedMosaic;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.plugin.TransactionCodec;
import io.sirius.plugin.lockhash.model.HashLockTransaction;

/**
 * Reads and writes the Hash_Lock body, version 1: {@code MosaicId u64 | Amount u64 | Duration u64 | Hash 32}.
 */
public final class HashLockTransactionCodec implements TransactionCodec<HashLockTransaction> {

    @Override
    public HashLockTransaction decode(BinaryReader body, int version) {
        UnresolvedMosaicId mosaicId = new UnresolvedMosaicId(body.readI64("MosaicId"));
        Amount amount = new Amount(body.readI64("Amount"));
        BlockDuration duration = new BlockDuration(body.readI64("Duration"));
        Hash256 hash = Hash256.of(body.readBytes(Hash256.SIZE, "Hash"));
        return new HashLockTransaction(new UnresolvedMosaic(mosaicId, amount), duration, hash);
    }

    @Override
    public void encode(HashLockTransaction lock, BinaryWriter out, int version) {
        out.writeI64(lock.mosaic().id().value());
        out.writeI64(lock.mosaic().amount().value());
        out.writeI64(lock.duration().value());
        out.writeBytes(lock.hash().bytes());
    }
}
