package io.sirius.api.entity;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An aggregate transaction (0x4141, 0x4241, and the V2 types 0x4341, 0x4441): header | PayloadSize u32 |
 * inner transactions back to back (no padding) | cosignatures (96 bytes each, 97 for the V2 types) up to
 * the end.
 *
 * <p>The hashed and signed part of an aggregate ends after the inner transactions
 * ({@link #signedLength()}): cosignatures are neither hashed nor signed.
 *
 * @param header the header; its type must be an aggregate type and its size must match the content
 * @param transactions the inner transactions, in order
 * @param cosignatures the cosignatures, in order
 */
public record AggregateTransaction(TransactionHeader header, List<EmbeddedTransaction> transactions,
        List<Cosignature> cosignatures) {
    /** Offset of the PayloadSize field. */
    public static final int PAYLOAD_SIZE_OFFSET = TransactionHeader.SIZE;
    /** Offset of the first inner transaction. */
    public static final int PAYLOAD_OFFSET = TransactionHeader.SIZE + 4;

    /** Checks the type and that the header's size matches the content; copies the lists. */
    public AggregateTransaction {
        Objects.requireNonNull(header, "header");
        transactions = List.copyOf(transactions);
        cosignatures = List.copyOf(cosignatures);
        if (!EntityTypes.isAggregate(header.type())) {
            throw new IllegalArgumentException(header.type() + " is not an aggregate type");
        }
        long size = PAYLOAD_OFFSET + payloadSize(transactions)
                + (long) cosignatures.size() * cosignatureSize(header);
        if (size != header.size()) {
            throw new IllegalArgumentException("header size " + header.size() + " does not match the content's "
                    + size + " bytes");
        }
    }

    /**
     * Creates an aggregate with the header's size computed from the content.
     *
     * @param header the header; its size is replaced
     * @param transactions the inner transactions
     * @param cosignatures the cosignatures
     * @return the aggregate
     */
    public static AggregateTransaction of(TransactionHeader header, List<EmbeddedTransaction> transactions,
            List<Cosignature> cosignatures) {
        long size = PAYLOAD_OFFSET + payloadSize(transactions)
                + (long) cosignatures.size() * cosignatureSize(header);
        if (size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("an aggregate of " + size + " bytes is too large");
        }
        return new AggregateTransaction(header.withSize((int) size), transactions, cosignatures);
    }

    /**
     * @param payload exactly one aggregate
     * @return the aggregate
     * @throws DecodeException on truncation, size mismatches, a non-aggregate type, an inner transaction that
     *     overruns the payload, or a cosignature area that is not a whole number of cosignatures
     */
    public static AggregateTransaction decode(byte[] payload) {
        return decode(payload, 0, payload.length);
    }

    /**
     * @param data the buffer
     * @param offset where the aggregate starts
     * @param length its length
     * @return the aggregate
     */
    public static AggregateTransaction decode(byte[] data, int offset, int length) {
        BinaryReader in = BinaryReader.of(data, offset, length);
        TransactionHeader header = TransactionHeader.decode(in);
        Entities.requireSize(header.size(), length, "aggregate");
        if (!EntityTypes.isAggregate(header.type())) {
            throw new DecodeException("type " + header.type() + " is not an aggregate type");
        }
        int payloadSize = in.readSize32("aggregate payload size");
        if (payloadSize > in.remaining()) {
            throw new DecodeException("aggregate payload size " + payloadSize + " exceeds the " + in.remaining()
                    + " bytes after it");
        }
        int start = offset + PAYLOAD_OFFSET;
        int end = start + payloadSize;
        List<EmbeddedTransaction> inner = new ArrayList<>();
        int at = start;
        while (at < end) {
            int size = Entities.sizeAt(data, at, end, EmbeddedTransactionHeader.SIZE, "inner transaction");
            inner.add(EmbeddedTransaction.decode(data, at, size));
            at += size;
        }
        in.skip(payloadSize, "aggregate payload");
        int width = cosignatureSize(header);
        if (in.remaining() % width != 0) {
            throw new DecodeException("the " + in.remaining() + " bytes after the aggregate payload are not a whole "
                    + "number of " + width + "-byte cosignatures");
        }
        int count = in.checkCount(in.remaining() / width, width, "aggregate cosignatures");
        List<Cosignature> cosignatures = new ArrayList<>(count);
        boolean extended = width == Cosignature.EXTENDED_SIZE;
        for (int i = 0; i < count; i++) {
            cosignatures.add(Cosignature.decode(in, extended));
        }
        return new AggregateTransaction(header, inner, cosignatures);
    }

    /** @return the cosignature size this aggregate's type uses: 96, or 97 for the V2 types */
    public int cosignatureSize() {
        return cosignatureSize(header);
    }

    /** @return the PayloadSize field: the total size of the inner transactions */
    public int payloadSize() {
        return (int) payloadSize(transactions);
    }

    /** @return the length of the hashed and signed prefix: header, payload size and inner transactions */
    public int signedLength() {
        return PAYLOAD_OFFSET + payloadSize();
    }

    /** @param out receives the aggregate's bytes */
    public void encode(BinaryWriter out) {
        header.encode(out);
        out.writeI32(payloadSize());
        for (EmbeddedTransaction tx : transactions) {
            tx.encode(out);
        }
        boolean extended = cosignatureSize() == Cosignature.EXTENDED_SIZE;
        for (Cosignature cosignature : cosignatures) {
            cosignature.encode(out, extended);
        }
    }

    /** @return the aggregate's bytes */
    public byte[] encode() {
        BinaryWriter out = new BinaryWriter(header.size());
        encode(out);
        return out.toByteArray();
    }

    /**
     * @param newCosignatures the cosignatures to attach
     * @return this aggregate with those cosignatures and its size adjusted
     */
    public AggregateTransaction withCosignatures(List<Cosignature> newCosignatures) {
        return of(header, transactions, newCosignatures);
    }

    private static int cosignatureSize(TransactionHeader header) {
        return EntityTypes.hasExtendedCosignatures(header.type()) ? Cosignature.EXTENDED_SIZE : Cosignature.SIZE;
    }

    private static long payloadSize(List<EmbeddedTransaction> transactions) {
        long total = 0;
        for (EmbeddedTransaction tx : transactions) {
            total += tx.header().size();
        }
        return total;
    }
}
