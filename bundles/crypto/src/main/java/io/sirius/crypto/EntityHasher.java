package io.sirius.crypto;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.entity.AggregateTransaction;
import io.sirius.api.entity.BlockHeader;
import io.sirius.api.entity.EmbeddedTransaction;
import io.sirius.api.entity.EmbeddedTransactionHeader;
import io.sirius.api.entity.EntityTypes;
import io.sirius.api.entity.TransactionHeader;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The hash rules of spec section 2.5, all SHA3-256, over entity bytes exactly as on the wire:
 * <ul>
 * <li>transaction hash = H(R | signer | generation hash | bytes [100, end)), where for aggregates the end
 * is 126 + PayloadSize (cosignatures excluded);</li>
 * <li>Merkle component hash = the transaction hash, or for aggregates H(hash | cosigner keys...);</li>
 * <li>block transactions hash = the Merkle root of those (pairs hashed, an odd last one paired with
 * itself, zero leaves give 32 zero bytes);</li>
 * <li>block hash = H(R | signer | bytes [100, 302)), the v3 header region whatever the version, no
 * generation hash; block generation hash = H(previous generation hash | signer).</li>
 * </ul>
 */
public final class EntityHasher {
    private EntityHasher() {
    }

    /**
     * Where the signed and hashed data of a transaction payload ends: its length, or for an aggregate the
     * end of its inner transactions.
     *
     * @param payload one whole transaction
     * @return the end offset (exclusive)
     * @throws io.sirius.api.codec.DecodeException if the payload is too short or an aggregate's payload size
     *     overruns it
     */
    public static int signedDataEnd(byte[] payload) {
        BinaryReader in = BinaryReader.of(payload);
        in.skip(TransactionHeader.TYPE_OFFSET, "transaction header");
        EntityType type = new EntityType(in.readU16("transaction type"));
        if (payload.length < TransactionHeader.SIZE) {
            throw new io.sirius.api.codec.DecodeException("a transaction is at least " + TransactionHeader.SIZE
                    + " bytes, got " + payload.length);
        }
        if (!EntityTypes.isAggregate(type)) {
            return payload.length;
        }
        BinaryReader sizes = BinaryReader.of(payload, AggregateTransaction.PAYLOAD_SIZE_OFFSET,
                payload.length - AggregateTransaction.PAYLOAD_SIZE_OFFSET);
        int payloadSize = sizes.readSize32("aggregate payload size");
        if (payloadSize > sizes.remaining()) {
            throw new io.sirius.api.codec.DecodeException("aggregate payload size " + payloadSize + " exceeds the "
                    + sizes.remaining() + " bytes after it");
        }
        return AggregateTransaction.PAYLOAD_OFFSET + payloadSize;
    }

    /**
     * @param payload one whole transaction, signed
     * @param generationHash the network's generation hash
     * @return the transaction hash
     */
    public static Hash256 transactionHash(byte[] payload, Hash256 generationHash) {
        int end = signedDataEnd(payload);
        return Hashes.sha3_256Hasher()
                .update(payload, TransactionHeader.SIGNATURE_OFFSET, 32)
                .update(payload, TransactionHeader.SIGNER_OFFSET, PublicKey.SIZE)
                .update(generationHash.bytes())
                .update(payload, TransactionHeader.SIGNED_DATA_OFFSET, end - TransactionHeader.SIGNED_DATA_OFFSET)
                .hash();
    }

    /**
     * The bytes a transaction's signer signs: generation hash | bytes [100, end).
     *
     * @param payload one whole transaction
     * @param generationHash the network's generation hash
     * @return the bytes to sign
     */
    public static byte[] signingBytes(byte[] payload, Hash256 generationHash) {
        int end = signedDataEnd(payload);
        int dataLength = end - TransactionHeader.SIGNED_DATA_OFFSET;
        byte[] out = new byte[Hash256.SIZE + dataLength];
        generationHash.copyTo(out, 0);
        System.arraycopy(payload, TransactionHeader.SIGNED_DATA_OFFSET, out, Hash256.SIZE, dataLength);
        return out;
    }

    /**
     * The hash REST and the broker show for an inner transaction: the embedded transaction with the
     * aggregate's deadline inserted after its header, hashed as H(signer | generation hash | bytes from
     * the version field on).
     *
     * @param inner the inner transaction
     * @param aggregateDeadline the deadline of its aggregate
     * @param generationHash the network's generation hash
     * @return the hash
     */
    public static Hash256 innerTransactionHash(EmbeddedTransaction inner, Timestamp aggregateDeadline,
            Hash256 generationHash) {
        byte[] embedded = inner.encode();
        int headerTail = EmbeddedTransactionHeader.SIZE - 36;
        byte[] deadline = new byte[8];
        for (int i = 0; i < 8; i++) {
            deadline[i] = (byte) (aggregateDeadline.value() >>> (8 * i));
        }
        return Hashes.sha3_256Hasher()
                .update(inner.header().signer().bytes())
                .update(generationHash.bytes())
                .update(embedded, 36, headerTail)
                .update(deadline)
                .update(embedded, EmbeddedTransactionHeader.SIZE, embedded.length - EmbeddedTransactionHeader.SIZE)
                .hash();
    }

    /**
     * @param transactionHash the transaction's hash
     * @param cosigners the public keys of its cosignatures, in order (empty for non-aggregates)
     * @return the leaf of the block transactions Merkle tree
     */
    public static Hash256 merkleComponentHash(Hash256 transactionHash, List<PublicKey> cosigners) {
        if (cosigners.isEmpty()) {
            return transactionHash;
        }
        Hashes.Hasher hasher = Hashes.sha3_256Hasher().update(transactionHash.bytes());
        for (PublicKey cosigner : cosigners) {
            hasher.update(cosigner.bytes());
        }
        return hasher.hash();
    }

    /**
     * @param leaves the Merkle component hashes of a block's transactions, in block order
     * @return the block transactions hash
     */
    public static Hash256 blockTransactionsHash(List<Hash256> leaves) {
        if (leaves.isEmpty()) {
            return Hash256.ZERO;
        }
        List<Hash256> level = new ArrayList<>(leaves);
        while (level.size() > 1) {
            level = parents(level);
        }
        return level.get(0);
    }

    /**
     * One step of a Merkle path: the sibling to hash with, and on which side it stands.
     *
     * @param siblingOnRight whether the sibling is hashed after the running hash (else before it)
     * @param sibling the sibling's hash
     * @since 1.1
     */
    public record MerkleStep(boolean siblingOnRight, Hash256 sibling) {
    }

    /**
     * The proof that a leaf is in a block's transactions tree: the siblings from the leaf's level up to the root's
     * children. Folding them over the leaf ({@code H(running | sibling)} for a sibling on the right, {@code H(sibling
     * | running)} on the left) gives {@link #blockTransactionsHash}. A level with an odd count pairs its last node with
     * itself, so that node's sibling is itself.
     *
     * @param leaves the Merkle component hashes of a block's transactions, in block order
     * @param index the leaf's position
     * @return the steps, leaf level first (none for a single leaf)
     * @throws IndexOutOfBoundsException if there is no such leaf
     * @since 1.1
     */
    public static List<MerkleStep> merklePath(List<Hash256> leaves, int index) {
        Objects.checkIndex(index, leaves.size());
        List<MerkleStep> path = new ArrayList<>();
        List<Hash256> level = new ArrayList<>(leaves);
        int at = index;
        while (level.size() > 1) {
            boolean right = at % 2 == 0;
            path.add(new MerkleStep(right, level.get(right ? Math.min(at + 1, level.size() - 1) : at - 1)));
            level = parents(level);
            at /= 2;
        }
        return path;
    }

    private static List<Hash256> parents(List<Hash256> level) {
        List<Hash256> next = new ArrayList<>((level.size() + 1) / 2);
        for (int i = 0; i < level.size(); i += 2) {
            Hash256 left = level.get(i);
            Hash256 right = i + 1 < level.size() ? level.get(i + 1) : left;
            next.add(Hashes.sha3_256Hash(left.bytes(), right.bytes()));
        }
        return next;
    }

    /**
     * @param block a block's bytes (at least its header)
     * @return the block hash
     * @throws io.sirius.api.codec.DecodeException if fewer than 302 bytes are given
     */
    public static Hash256 blockHash(byte[] block) {
        if (block.length < BlockHeader.V3_SIZE) {
            throw new io.sirius.api.codec.DecodeException("a block header is at least " + BlockHeader.V3_SIZE
                    + " bytes, got " + block.length);
        }
        return Hashes.sha3_256Hasher()
                .update(block, TransactionHeader.SIGNATURE_OFFSET, 32)
                .update(block, TransactionHeader.SIGNER_OFFSET, PublicKey.SIZE)
                .update(block, TransactionHeader.SIGNED_DATA_OFFSET, BlockHeader.V3_SIZE - TransactionHeader.SIGNED_DATA_OFFSET)
                .hash();
    }

    /**
     * @param header a block header
     * @return the block hash
     */
    public static Hash256 blockHash(BlockHeader header) {
        io.sirius.api.codec.BinaryWriter out = new io.sirius.api.codec.BinaryWriter(BlockHeader.V4_SIZE);
        header.encode(out);
        return blockHash(out.toByteArray());
    }

    /**
     * @param previousGenerationHash the previous block's generation hash
     * @param signer this block's signer
     * @return this block's generation hash
     */
    public static Hash256 blockGenerationHash(Hash256 previousGenerationHash, PublicKey signer) {
        Objects.requireNonNull(previousGenerationHash, "previousGenerationHash");
        return Hashes.sha3_256Hash(previousGenerationHash.bytes(), signer.bytes());
    }
}
