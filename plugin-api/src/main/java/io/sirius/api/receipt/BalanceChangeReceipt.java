package io.sirius.api.receipt;

import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.model.Amount;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import java.util.Objects;

/**
 * An account credited or debited (harvest fees, lock deposits taken and returned): account key (32) ‖ mosaic id (8) ‖
 * amount (8).
 *
 * @param type its type (basic type {@link ReceiptType#BALANCE_CREDIT} or {@link ReceiptType#BALANCE_DEBIT})
 * @param account the account's public key
 * @param mosaicId the mosaic
 * @param amount how much
 */
public record BalanceChangeReceipt(ReceiptType type, PublicKey account, MosaicId mosaicId, Amount amount)
        implements Receipt {
    /** Checks the arguments. */
    public BalanceChangeReceipt {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(mosaicId, "mosaicId");
        Objects.requireNonNull(amount, "amount");
        if (type.basicType() != ReceiptType.BALANCE_CREDIT && type.basicType() != ReceiptType.BALANCE_DEBIT) {
            throw new IllegalArgumentException("receipt type " + type + " is not a balance credit or debit");
        }
    }

    @Override
    public void writeBody(BinaryWriter out) {
        out.writeBytes(account.bytes()).writeI64(mosaicId.value()).writeI64(amount.value());
    }
}
