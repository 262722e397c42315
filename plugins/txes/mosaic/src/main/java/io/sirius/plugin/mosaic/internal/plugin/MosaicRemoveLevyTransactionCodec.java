package io.sirius.plugin.mosaic.internal.plugin;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.plugin.TransactionCodec;
import io.sirius.plugin.mosaic.model.MosaicRemoveLevyTransaction;

/**
 * Reads and writes the Mosaic_Remove_Levy body: {@code MosaicId u64} (8 bytes).
 */
public final class MosaicRemoveLevyTransactionCodec implements TransactionCodec<MosaicRemoveLevyTransaction> {

    @Override
    public MosaicRemoveLevyTransaction decode(BinaryReader body, int version) {
        return new MosaicRemoveLevyTransaction(new UnresolvedMosaicId(body.readI64("MosaicId")));
    }

    @Override
    public void encode(MosaicRemoveLevyTransaction remove, BinaryWriter out, int version) {
        out.writeI64(remove.mosaicId().value());
    }
}
