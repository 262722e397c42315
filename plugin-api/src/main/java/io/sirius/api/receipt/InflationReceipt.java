package io.sirius.api.receipt;

import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.model.Amount;
import io.sirius.api.model.MosaicId;
import java.util.Objects;

/**
 * Currency created by inflation: mosaic id (8) ‖ amount (8).
 *
 * @param type its type (basic type {@link ReceiptType#INFLATION})
 * @param mosaicId the mosaic created
 * @param amount how much
 */
public record InflationReceipt(ReceiptType type, MosaicId mosaicId, Amount amount) implements Receipt {
    /** Checks the arguments. */
    public InflationReceipt {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mosaicId, "mosaicId");
        Objects.requireNonNull(amount, "amount");
        if (type.basicType() != ReceiptType.INFLATION) {
            throw new IllegalArgumentException("receipt type " + type + " is not an inflation");
        }
    }

    @Override
    public void writeBody(BinaryWriter out) {
        out.writeI64(mosaicId.value()).writeI64(amount.value());
    }
}
