package io.sirius.plugin.aggregate.internal.plugin;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.entity.Cosignature;
import io.sirius.api.entity.EmbeddedTransaction;
import io.sirius.api.entity.EmbeddedTransactionHeader;
import io.sirius.api.plugin.TransactionCodec;
import io.sirius.plugin.aggregate.model.AggregateTransactionBody;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes an aggregate's body: {@code PayloadSize u32 | embedded transactions back to back (no padding) |
 * cosignatures up to the end}, the cosignatures 96 bytes each ({@code Signer | Signature}) or, for the V2 types, 97
 * ({@code Scheme u8 | Signer | Signature}). The layout does not change between entity versions; the cosignature width
 * depends on the type, so each type gets its own codec.
 *
 * <p>Sirius refuses, as a size error, a payload size beyond the bytes present, an embedded transaction whose size
 * overruns the payload or is smaller than its header, and a cosignature area that is not a whole number of
 * cosignatures; so does this codec, as a {@link DecodeException} naming the field.
 */
public final class AggregateTransactionCodec implements TransactionCodec<AggregateTransactionBody> {
    private final boolean extended;

    /**
     * @param extended whether cosignatures carry the scheme byte (97 bytes, the V2 types)
     */
    public AggregateTransactionCodec(boolean extended) {
        this.extended = extended;
    }

    /** @return the size of one cosignature: 96, or 97 for the V2 types */
    public int cosignatureSize() {
        return extended ? Cosignature.EXTENDED_SIZE : Cosignature.SIZE;
    }

    @Override
    public AggregateTransactionBody decode(BinaryReader body, int version) {
        int payloadSize = body.readSize32("PayloadSize");
        byte[] payload = body.readBytes(payloadSize, "embedded transactions");
        List<EmbeddedTransaction> transactions = new ArrayList<>();
        int at = 0;
        while (at < payload.length) {
            int remaining = payload.length - at;
            int size = remaining < 4 ? -1 : BinaryReader.of(payload, at, 4).readSize32("embedded transaction size");
            if (size < EmbeddedTransactionHeader.SIZE || size > remaining) {
                throw new DecodeException("embedded transaction " + transactions.size() + " at payload offset " + at
                        + (size < 0 ? " is cut short: " + remaining + " bytes remain"
                                : " has size " + size + " but must be " + EmbeddedTransactionHeader.SIZE + " to "
                                        + remaining + " bytes"));
            }
            transactions.add(EmbeddedTransaction.decode(payload, at, size));
            at += size;
        }
        int width = cosignatureSize();
        if (body.remaining() % width != 0) {
            throw new DecodeException("the " + body.remaining() + " bytes after the embedded transactions are not a whole "
                    + "number of " + width + "-byte cosignatures");
        }
        int count = body.checkCount(body.remaining() / width, width, "cosignatures");
        List<Cosignature> cosignatures = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cosignatures.add(Cosignature.decode(body, extended));
        }
        return new AggregateTransactionBody(transactions, cosignatures);
    }

    @Override
    public void encode(AggregateTransactionBody body, BinaryWriter out, int version) {
        long payloadSize = body.payloadSize();
        if (payloadSize > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("embedded transactions of " + payloadSize + " bytes do not fit an aggregate");
        }
        out.writeI32((int) payloadSize);
        for (EmbeddedTransaction transaction : body.transactions()) {
            transaction.encode(out);
        }
        for (Cosignature cosignature : body.cosignatures()) {
            cosignature.encode(out, extended);
        }
    }
}
