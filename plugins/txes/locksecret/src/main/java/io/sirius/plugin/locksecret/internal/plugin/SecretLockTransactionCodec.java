package io.sirius.plugin.locksecret.internal.plugin;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.model.Amount;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaic;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.plugin.TransactionCodec;
import io.sirius.plugin.locksecret.model.SecretLockTransaction;

/**
 * Reads and writes the Secret_Lock body, version 1: {@code MosaicId u64 | Amount u64 | Duration u64 |
 * HashAlgorithm u8 | Secret 32 | Recipient 25}. The algorithm byte is kept raw; validators judge it.
 */
public final class SecretLockTransactionCodec implements TransactionCodec<SecretLockTransaction> {

    @Override
    public SecretLockTransaction decode(BinaryReader body, int version) {
        UnresolvedMosaicId mosaicId = new UnresolvedMosaicId(body.readI64("MosaicId"));
        Amount amount = new Amount(body.readI64("Amount"));
        BlockDuration duration = new BlockDuration(body.readI64("Duration"));
        int hashAlgorithm = body.readU8("HashAlgorithm");
        Hash256 secret = Hash256.of(body.readBytes(Hash256.SIZE, "Secret"));
        UnresolvedAddress recipient = UnresolvedAddress.of(body.readBytes(UnresolvedAddress.SIZE, "Recipient"));
        return new SecretLockTransaction(new UnresolvedMosaic(mosaicId, amount), duration, hashAlgorithm, secret, recipient);
    }

    @Override
    public void encode(SecretLockTransaction lock, BinaryWriter out, int version) {
        out.writeI64(lock.mosaic().id().value());
        out.writeI64(lock.mosaic().amount().value());
        out.writeI64(lock.duration().value());
        out.writeU8(lock.hashAlgorithm());
        out.writeBytes(lock.secret().bytes());
        out.writeBytes(lock.recipient().bytes());
    }
}
