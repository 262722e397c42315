package io.sirius.plugin.transfer.internal.plugin;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.model.Amount;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaic;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.plugin.TransactionCodec;
import io.sirius.plugin.transfer.model.TransferTransaction;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the Transfer body: {@code Recipient 25 | MessageSize u16 | MosaicsCount u8 | Message |
 * (MosaicId u64, Amount u64) x MosaicsCount}. The layout is the same in every supported version.
 */
public final class TransferTransactionCodec implements TransactionCodec<TransferTransaction> {
    private static final int MOSAIC_SIZE = 16;

    @Override
    public TransferTransaction decode(BinaryReader body, int version) {
        UnresolvedAddress recipient = UnresolvedAddress.of(body.readBytes(UnresolvedAddress.SIZE, "Recipient"));
        int messageSize = body.readU16("MessageSize");
        int mosaicsCount = body.readU8("MosaicsCount");
        byte[] message = body.readBytes(messageSize, "Message");
        body.checkCount(mosaicsCount, MOSAIC_SIZE, "Mosaics");
        List<UnresolvedMosaic> mosaics = new ArrayList<>(mosaicsCount);
        for (int i = 0; i < mosaicsCount; i++) {
            UnresolvedMosaicId id = new UnresolvedMosaicId(body.readI64("MosaicId"));
            mosaics.add(new UnresolvedMosaic(id, new Amount(body.readI64("Amount"))));
        }
        return new TransferTransaction(recipient, message, mosaics);
    }

    @Override
    public void encode(TransferTransaction transfer, BinaryWriter out, int version) {
        out.writeBytes(transfer.recipient().bytes());
        out.writeU16(transfer.messageSize());
        out.writeU8(transfer.mosaics().size());
        out.writeBytes(transfer.message());
        for (UnresolvedMosaic mosaic : transfer.mosaics()) {
            out.writeI64(mosaic.id().value());
            out.writeI64(mosaic.amount().value());
        }
    }
}
