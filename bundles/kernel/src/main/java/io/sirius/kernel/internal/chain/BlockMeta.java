package io.sirius.kernel.internal.chain;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Hash256;
import io.sirius.kernel.receipts.BlockStatement;
import java.math.BigInteger;

/**
 * What the chain stores beside each block: the facts REST's block {@code meta} needs, the cumulative score and the
 * block's statements (its receipts). Encoding, version 2: version u8 | hash 32 | generationHash 32 | totalFee u64 |
 * transactions u32 | score high u64 | score low u64 | statements ({@link BlockStatement#encode()}). Version 1, written
 * before receipts existed, ends after the score and reads as a block without statements.
 *
 * @param hash the block's hash
 * @param generationHash its generation hash
 * @param totalFee the fees its transactions paid
 * @param transactionCount its number of transactions
 * @param score the chain's cumulative score up to it (at most 128 bits)
 * @param statement the block's statements
 */
public record BlockMeta(Hash256 hash, Hash256 generationHash, Amount totalFee, int transactionCount, BigInteger score,
        BlockStatement statement) {
    private static final BigInteger MASK = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** @return the stored form */
    public byte[] encode() {
        byte[] statements = statement.encode();
        return new BinaryWriter(93 + statements.length).writeU8(2).writeBytes(hash.bytes())
                .writeBytes(generationHash.bytes()).writeI64(totalFee.value()).writeI32(transactionCount)
                .writeI64(score.shiftRight(64).longValue()).writeI64(score.and(MASK).longValue()).writeBytes(statements)
                .toByteArray();
    }

    /**
     * @param bytes the stored form
     * @return the meta
     */
    public static BlockMeta decode(byte[] bytes) {
        BinaryReader in = BinaryReader.of(bytes);
        int version = in.readU8("block meta version");
        if (version != 1 && version != 2) {
            throw new io.sirius.api.codec.DecodeException("block meta version " + version + " is unknown");
        }
        Hash256 hash = Hash256.of(in.readBytes(32, "hash"));
        Hash256 generationHash = Hash256.of(in.readBytes(32, "generation hash"));
        Amount fee = new Amount(in.readI64("total fee"));
        int count = in.readI32("transactions");
        BigInteger high = new BigInteger(Long.toUnsignedString(in.readI64("score high")));
        BigInteger low = new BigInteger(Long.toUnsignedString(in.readI64("score low")));
        BlockStatement statement = version == 1 ? BlockStatement.EMPTY
                : BlockStatement.decode(in.readBytes(in.remaining(), "statements"));
        in.requireExhausted("block meta");
        return new BlockMeta(hash, generationHash, fee, count, high.shiftLeft(64).or(low), statement);
    }
}
