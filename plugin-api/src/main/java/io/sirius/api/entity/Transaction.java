package io.sirius.api.entity;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import java.util.Arrays;
import java.util.Objects;

/**
 * A top-level transaction: its header and its body, still undecoded (the plugin owning the type decodes it).
 * {@link #encode()} gives back the exact bytes that were decoded.
 *
 * @param header the 122-byte header; its size must be 122 + the body's length
 * @param body the body bytes; not copied, do not modify
 */
public record Transaction(TransactionHeader header, byte[] body) {

    /** Checks that the header's size matches the body. */
    public Transaction {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(body, "body");
        if (header.size() != TransactionHeader.SIZE + body.length) {
            throw new IllegalArgumentException("header size " + header.size() + " does not match a body of "
                    + body.length + " bytes");
        }
    }

    /**
     * Decodes a whole transaction payload.
     *
     * @param payload exactly one transaction
     * @return the transaction
     * @throws DecodeException on truncation, a size that disagrees with the payload, or a non-transaction type
     */
    public static Transaction decode(byte[] payload) {
        return decode(payload, 0, payload.length);
    }

    /**
     * Decodes one transaction occupying exactly a slice of an array.
     *
     * @param data the buffer
     * @param offset where the transaction starts
     * @param length its length
     * @return the transaction
     */
    public static Transaction decode(byte[] data, int offset, int length) {
        BinaryReader in = BinaryReader.of(data, offset, length);
        TransactionHeader header = TransactionHeader.decode(in);
        Entities.requireSize(header.size(), length, "transaction");
        if (!header.type().isTransaction()) {
            throw new DecodeException("type " + header.type() + " at offset " + TransactionHeader.TYPE_OFFSET
                    + " is not a transaction type");
        }
        byte[] body = in.readBytes(in.remaining(), "transaction body");
        return new Transaction(header, body);
    }

    /** @param out receives the transaction's bytes */
    public void encode(BinaryWriter out) {
        header.encode(out);
        out.writeBytes(body);
    }

    /** @return the transaction's bytes */
    public byte[] encode() {
        BinaryWriter out = new BinaryWriter(header.size());
        encode(out);
        return out.toByteArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Transaction that && header.equals(that.header) && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return 31 * header.hashCode() + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "Transaction[" + header + ", body " + body.length + " bytes]";
    }
}
