package io.sirius.api.entity;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import java.util.Arrays;
import java.util.Objects;

/**
 * A transaction inside an aggregate: its 42-byte header and its undecoded body.
 *
 * @param header the header; its size must be 42 + the body's length
 * @param body the body bytes; not copied, do not modify
 */
public record EmbeddedTransaction(EmbeddedTransactionHeader header, byte[] body) {

    /** Checks that the header's size matches the body. */
    public EmbeddedTransaction {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(body, "body");
        if (header.size() != EmbeddedTransactionHeader.SIZE + body.length) {
            throw new IllegalArgumentException("embedded header size " + header.size() + " does not match a body of "
                    + body.length + " bytes");
        }
    }

    /**
     * Decodes one embedded transaction occupying exactly a slice of an array.
     *
     * @param data the buffer
     * @param offset where it starts
     * @param length its length
     * @return the embedded transaction
     * @throws DecodeException on truncation, a size mismatch, a non-transaction type or a nested aggregate
     */
    public static EmbeddedTransaction decode(byte[] data, int offset, int length) {
        BinaryReader in = BinaryReader.of(data, offset, length);
        EmbeddedTransactionHeader header = EmbeddedTransactionHeader.decode(in);
        Entities.requireSize(header.size(), length, "embedded transaction");
        if (!header.type().isTransaction()) {
            throw new DecodeException("embedded type " + header.type() + " is not a transaction type");
        }
        if (EntityTypes.isAggregate(header.type())) {
            throw new DecodeException("an aggregate (" + header.type() + ") cannot be embedded in an aggregate");
        }
        return new EmbeddedTransaction(header, in.readBytes(in.remaining(), "embedded transaction body"));
    }

    /**
     * Converts a top-level transaction to its embedded form: drops the signature, max fee and deadline.
     *
     * @param transaction the transaction
     * @return the embedded form with the same signer, version, type and body
     */
    public static EmbeddedTransaction of(Transaction transaction) {
        return new EmbeddedTransaction(transaction.header().toEmbedded(), transaction.body());
    }

    /** @param out receives the bytes */
    public void encode(BinaryWriter out) {
        header.encode(out);
        out.writeBytes(body);
    }

    /** @return the bytes */
    public byte[] encode() {
        BinaryWriter out = new BinaryWriter(header.size());
        encode(out);
        return out.toByteArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmbeddedTransaction that && header.equals(that.header) && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return 31 * header.hashCode() + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "EmbeddedTransaction[" + header + ", body " + body.length + " bytes]";
    }
}
