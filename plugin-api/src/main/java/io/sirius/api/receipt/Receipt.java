package io.sirius.api.receipt;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;

/**
 * A receipt in Sirius's layout: size (u32) ‖ version (u32; Sirius's {@code VersionType}) ‖ type (u16) ‖ body, all
 * little-endian. Statement hashes cover everything after the size.
 */
public sealed interface Receipt permits BalanceTransferReceipt, BalanceChangeReceipt, ArtifactExpiryReceipt,
        InflationReceipt, OtherReceipt {

    /** The bytes before the body. */
    int HEADER_SIZE = 10;

    /** @return the type */
    ReceiptType type();

    /** @return the version (1 for every standard receipt) */
    default int version() {
        return 1;
    }

    /** @param out receives the body (what follows the header) */
    void writeBody(BinaryWriter out);

    /** @return the whole receipt, size first */
    default byte[] encode() {
        BinaryWriter body = new BinaryWriter(64);
        writeBody(body);
        byte[] b = body.toByteArray();
        return new BinaryWriter(HEADER_SIZE + b.length).writeI32(HEADER_SIZE + b.length).writeI32(version())
                .writeU16(type().value()).writeBytes(b).toByteArray();
    }

    /**
     * Reads a receipt written by {@link #encode()}, as the shape its basic type names; a type of another shape comes
     * back as an {@link OtherReceipt} with its body as it is.
     *
     * @param bytes the receipt, size first
     * @return the receipt
     * @throws DecodeException if the bytes are not one whole receipt of the shape its type names
     */
    static Receipt decode(byte[] bytes) {
        BinaryReader in = BinaryReader.of(bytes);
        int size = in.readI32("receipt size");
        if (size != bytes.length || size < HEADER_SIZE) {
            throw new DecodeException("a receipt of " + bytes.length + " bytes says it has " + Integer.toUnsignedString(size));
        }
        int version = in.readI32("receipt version");
        ReceiptType type = new ReceiptType(in.readU16("receipt type"));
        if (version != 1) {
            return new OtherReceipt(type, version, in.readBytes(in.remaining(), "receipt body"));
        }
        Receipt receipt = switch (type.basicType()) {
            case ReceiptType.BALANCE_TRANSFER -> new BalanceTransferReceipt(type, PublicKey.of(in.readBytes(32, "sender")),
                    Address.of(in.readBytes(Address.SIZE, "recipient")), new MosaicId(in.readI64("mosaic id")),
                    new Amount(in.readI64("amount")));
            case ReceiptType.BALANCE_CREDIT, ReceiptType.BALANCE_DEBIT -> in.remaining() == 48
                    ? new BalanceChangeReceipt(type, PublicKey.of(in.readBytes(32, "account")),
                            new MosaicId(in.readI64("mosaic id")), new Amount(in.readI64("amount")))
                    : expiry(type, in);
            case ReceiptType.ARTIFACT_EXPIRY -> expiry(type, in);
            case ReceiptType.INFLATION -> new InflationReceipt(type, new MosaicId(in.readI64("mosaic id")),
                    new Amount(in.readI64("amount")));
            default -> new OtherReceipt(type, version, in.readBytes(in.remaining(), "receipt body"));
        };
        in.requireExhausted("receipt " + type);
        return receipt;
    }

    private static Receipt expiry(ReceiptType type, BinaryReader in) {
        int size = in.remaining();
        if (size != 8 && size != 32) {
            throw new DecodeException("receipt " + type + " has a body of " + size + " bytes, neither a balance change"
                    + " nor an expiry");
        }
        return new ArtifactExpiryReceipt(type, in.readBytes(size, "artifact id"));
    }
}
