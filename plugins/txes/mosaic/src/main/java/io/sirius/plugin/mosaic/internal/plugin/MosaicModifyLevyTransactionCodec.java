package io.sirius.plugin.mosaic.internal.plugin;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.model.Amount;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.plugin.TransactionCodec;
import io.sirius.plugin.mosaic.model.MosaicModifyLevyTransaction;
import io.sirius.plugin.mosaic.model.UnresolvedMosaicLevy;

/**
 * Reads and writes the Mosaic_Modify_Levy body: {@code MosaicId u64 | Type u8 | Recipient 25 | LevyMosaicId u64 |
 * Fee u64} (50 bytes). The type byte and the recipient are kept as they are: the modify-levy validator judges them.
 */
public final class MosaicModifyLevyTransactionCodec implements TransactionCodec<MosaicModifyLevyTransaction> {

    @Override
    public MosaicModifyLevyTransaction decode(BinaryReader body, int version) {
        UnresolvedMosaicId id = new UnresolvedMosaicId(body.readI64("MosaicId"));
        int type = body.readU8("LevyType");
        UnresolvedAddress recipient = UnresolvedAddress.of(body.readBytes(UnresolvedAddress.SIZE, "LevyRecipient"));
        UnresolvedMosaicId levyMosaic = new UnresolvedMosaicId(body.readI64("LevyMosaicId"));
        Amount fee = new Amount(body.readI64("LevyFee"));
        return new MosaicModifyLevyTransaction(id, new UnresolvedMosaicLevy(type, recipient, levyMosaic, fee));
    }

    @Override
    public void encode(MosaicModifyLevyTransaction modify, BinaryWriter out, int version) {
        UnresolvedMosaicLevy levy = modify.levy();
        out.writeI64(modify.mosaicId().value()).writeU8(levy.type()).writeBytes(levy.recipient().bytes())
                .writeI64(levy.mosaicId().value()).writeI64(levy.fee().value());
    }
}
