package io.sirius.api.entity;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Signature;
import io.sirius.api.model.Timestamp;
import io.sirius.api.model.VersionField;
import java.util.Objects;

/**
 * A block header. Version 3 (classic PoS, and every nemesis block) is 302 bytes; versions 4 to 7 add
 * Round i64, CommitteePhaseTime u64 and TransactionPayloadSize u32 for 322 bytes. For a v3 header those
 * three fields are zero and not written.
 *
 * @param size the whole block's size in bytes
 * @param signature the producer's signature
 * @param signer the producer (harvester)
 * @param version network byte and block version (3 to 7)
 * @param type 0x8143, or 0x8043 for the nemesis block
 * @param height the height
 * @param timestamp ms since the Sirius epoch
 * @param difficulty the difficulty, uint64
 * @param feeMultiplier the fee multiplier, uint32
 * @param previousBlockHash the previous block's hash
 * @param blockTransactionsHash the Merkle root of the transactions
 * @param blockReceiptsHash the receipts hash
 * @param stateHash the state hash
 * @param beneficiary the beneficiary's public key (zero for none)
 * @param feeInterest the fee interest numerator, uint32
 * @param feeInterestDenominator the fee interest denominator, uint32
 * @param round the consensus round (v4+)
 * @param committeePhaseTime the committee phase time in ms (v4+)
 * @param transactionPayloadSize the total size of the block's transactions (v4+)
 */
public record BlockHeader(int size, Signature signature, PublicKey signer, VersionField version, EntityType type,
        Height height, Timestamp timestamp, long difficulty, int feeMultiplier, Hash256 previousBlockHash,
        Hash256 blockTransactionsHash, Hash256 blockReceiptsHash, Hash256 stateHash, PublicKey beneficiary,
        int feeInterest, int feeInterestDenominator, long round, long committeePhaseTime, int transactionPayloadSize) {
    /** Size of a v3 header; also the end of the region a block hash covers. */
    public static final int V3_SIZE = 302;
    /** Size of a v4+ header. */
    public static final int V4_SIZE = 322;
    /** The oldest block version. */
    public static final int MIN_VERSION = 3;
    /** The newest block version. */
    public static final int MAX_VERSION = 7;

    /** Checks for nulls, the type, the version and the v3 rule on the v4 fields. */
    public BlockHeader {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(height, "height");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(previousBlockHash, "previousBlockHash");
        Objects.requireNonNull(blockTransactionsHash, "blockTransactionsHash");
        Objects.requireNonNull(blockReceiptsHash, "blockReceiptsHash");
        Objects.requireNonNull(stateHash, "stateHash");
        Objects.requireNonNull(beneficiary, "beneficiary");
        String problem = problem(type, version.version());
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (version.version() == 3 && (round != 0 || committeePhaseTime != 0 || transactionPayloadSize != 0)) {
            throw new IllegalArgumentException("a v3 block header has no round, committee phase time or payload size");
        }
        if (size < headerSize(version.version())) {
            throw new IllegalArgumentException("a v" + version.version() + " block is at least "
                    + headerSize(version.version()) + " bytes, size says " + size);
        }
    }

    /** @return 302 for a v3 header, 322 for v4 and later */
    public int headerSize() {
        return headerSize(version.version());
    }

    /** @return whether this header has the v4 fields and the block carries cosignatures */
    public boolean hasCommitteeFields() {
        return version.version() >= 4;
    }

    /**
     * @param in positioned at the Size field
     * @return the header
     * @throws DecodeException on truncation, an unknown type or version, or an impossible size
     */
    public static BlockHeader decode(BinaryReader in) {
        int size = in.readSize32("block size");
        Signature signature = Signature.of(in.readBytes(Signature.SIZE, "block signature"));
        PublicKey signer = PublicKey.of(in.readBytes(PublicKey.SIZE, "block signer"));
        VersionField version = VersionField.fromRaw(in.readI32("block version"));
        EntityType type = new EntityType(in.readU16("block type"));
        String problem = problem(type, version.version());
        if (problem != null) {
            throw new DecodeException(problem);
        }
        if (size < headerSize(version.version())) {
            throw new DecodeException("block size " + size + " is smaller than its " + headerSize(version.version())
                    + "-byte v" + version.version() + " header");
        }
        Height height = new Height(in.readI64("block height"));
        Timestamp timestamp = Timestamp.of(in.readI64("block timestamp"));
        long difficulty = in.readI64("block difficulty");
        int feeMultiplier = in.readI32("block fee multiplier");
        Hash256 previous = Hash256.of(in.readBytes(Hash256.SIZE, "previous block hash"));
        Hash256 transactionsHash = Hash256.of(in.readBytes(Hash256.SIZE, "block transactions hash"));
        Hash256 receiptsHash = Hash256.of(in.readBytes(Hash256.SIZE, "block receipts hash"));
        Hash256 stateHash = Hash256.of(in.readBytes(Hash256.SIZE, "state hash"));
        PublicKey beneficiary = PublicKey.of(in.readBytes(PublicKey.SIZE, "beneficiary"));
        int feeInterest = in.readI32("fee interest");
        int feeInterestDenominator = in.readI32("fee interest denominator");
        long round = 0;
        long phaseTime = 0;
        int payloadSize = 0;
        if (version.version() >= 4) {
            round = in.readI64("round");
            phaseTime = in.readI64("committee phase time");
            payloadSize = in.readSize32("transaction payload size");
        }
        return new BlockHeader(size, signature, signer, version, type, height, timestamp, difficulty, feeMultiplier,
                previous, transactionsHash, receiptsHash, stateHash, beneficiary, feeInterest, feeInterestDenominator,
                round, phaseTime, payloadSize);
    }

    /** @param out receives the 302 or 322 header bytes */
    public void encode(BinaryWriter out) {
        out.writeI32(size);
        out.writeBytes(signature.bytes());
        out.writeBytes(signer.bytes());
        out.writeI32(version.raw());
        out.writeU16(type.value());
        out.writeI64(height.value());
        out.writeI64(timestamp.value());
        out.writeI64(difficulty);
        out.writeI32(feeMultiplier);
        out.writeBytes(previousBlockHash.bytes());
        out.writeBytes(blockTransactionsHash.bytes());
        out.writeBytes(blockReceiptsHash.bytes());
        out.writeBytes(stateHash.bytes());
        out.writeBytes(beneficiary.bytes());
        out.writeI32(feeInterest);
        out.writeI32(feeInterestDenominator);
        if (hasCommitteeFields()) {
            out.writeI64(round);
            out.writeI64(committeePhaseTime);
            out.writeI32(transactionPayloadSize);
        }
    }

    /**
     * @param newSize the size
     * @param newPayloadSize the transaction payload size (0 for v3)
     * @return this header with those sizes
     */
    public BlockHeader withSizes(int newSize, int newPayloadSize) {
        return new BlockHeader(newSize, signature, signer, version, type, height, timestamp, difficulty, feeMultiplier,
                previousBlockHash, blockTransactionsHash, blockReceiptsHash, stateHash, beneficiary, feeInterest,
                feeInterestDenominator, round, committeePhaseTime, newPayloadSize);
    }

    /**
     * @param newSignature the signature
     * @return this header with that signature
     */
    public BlockHeader withSignature(Signature newSignature) {
        return new BlockHeader(size, newSignature, signer, version, type, height, timestamp, difficulty, feeMultiplier,
                previousBlockHash, blockTransactionsHash, blockReceiptsHash, stateHash, beneficiary, feeInterest,
                feeInterestDenominator, round, committeePhaseTime, transactionPayloadSize);
    }

    private static int headerSize(int version) {
        return version >= 4 ? V4_SIZE : V3_SIZE;
    }

    private static String problem(EntityType type, int version) {
        if (!EntityTypes.isBlock(type)) {
            return "type " + type + " is not a block type (0x8143, or 0x8043 for the nemesis block)";
        }
        if (version < MIN_VERSION || version > MAX_VERSION) {
            return "block version " + version + " is unknown; versions " + MIN_VERSION + " to " + MAX_VERSION + " exist";
        }
        if (type.equals(EntityTypes.NEMESIS_BLOCK) && version != 3) {
            return "a nemesis block is always version 3, not " + version;
        }
        return null;
    }
}
