package io.sirius.plugin.mosaic.internal.plugin;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.model.Amount;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.plugin.TransactionCodec;
import io.sirius.plugin.mosaic.model.MosaicSupplyChangeTransaction;

/**
 * Reads and writes the Mosaic_Supply_Change body: {@code MosaicId u64 | Direction u8 | Delta u64} (17 bytes). The
 * direction byte is kept as it is: the supply change validator judges it.
 */
public final class MosaicSupplyChangeTransactionCodec implements TransactionCodec<MosaicSupplyChangeTransaction> {

    @Override
    public MosaicSupplyChangeTransaction decode(BinaryReader body, int version) {
        UnresolvedMosaicId id = new UnresolvedMosaicId(body.readI64("MosaicId"));
        int direction = body.readU8("Direction");
        return new MosaicSupplyChangeTransaction(id, direction, new Amount(body.readI64("Delta")));
    }

    @Override
    public void encode(MosaicSupplyChangeTransaction change, BinaryWriter out, int version) {
        out.writeI64(change.mosaicId().value()).writeU8(change.direction()).writeI64(change.delta().value());
    }
}
