package io.sirius.api.receipt;

import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import java.util.Objects;

/**
 * A balance moved from one account to another (rental fees to the sink account, levies): sender key (32) ‖
 * recipient address (25) ‖ mosaic id (8) ‖ amount (8).
 *
 * @param type its type (basic type {@link ReceiptType#BALANCE_TRANSFER})
 * @param sender who paid
 * @param recipient who was paid
 * @param mosaicId the mosaic moved
 * @param amount how much
 */
public record BalanceTransferReceipt(ReceiptType type, PublicKey sender, Address recipient, MosaicId mosaicId,
        Amount amount) implements Receipt {
    /** Checks the arguments. */
    public BalanceTransferReceipt {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(mosaicId, "mosaicId");
        Objects.requireNonNull(amount, "amount");
        if (type.basicType() != ReceiptType.BALANCE_TRANSFER) {
            throw new IllegalArgumentException("receipt type " + type + " is not a balance transfer");
        }
    }

    @Override
    public void writeBody(BinaryWriter out) {
        out.writeBytes(sender.bytes()).writeBytes(recipient.bytes()).writeI64(mosaicId.value()).writeI64(amount.value());
    }
}
