package io.sirius.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.entity.AggregateTransaction;
import io.sirius.api.entity.Block;
import io.sirius.api.entity.DetachedCosignature;
import io.sirius.api.entity.EmbeddedTransaction;
import io.sirius.api.entity.Transaction;
import io.sirius.api.model.Hash256;
import java.util.Arrays;

/**
 * Coverage-guided fuzzing (Jazzer) of every entity decoder and of the hashing and verification entry points
 * that take untrusted bytes. The first input byte picks the target, the rest is the entity. A decoder may
 * only fail with a {@link DecodeException}; whatever it accepts must encode back to the same bytes.
 *
 * <p>In the regular build this fuzzes for {@code maxDuration}, starting from the seed corpus in
 * {@code src/test/resources/io/sirius/crypto/EntityDecoderFuzzTestInputs/decoders} (vectors and entities of
 * every kind); crashes would be written there too and then replayed by every later build.
 */
class EntityDecoderFuzzTest {
    private static final Hash256 GENERATION_HASH = Hash256.fromHex("0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF");
    private static final EntitySigner SIGNER = new EntitySigner(new Ed25519(64));

    @FuzzTest(maxDuration = "4s")
    void decoders(byte[] input) {
        if (input.length == 0) {
            return;
        }
        byte[] entity = Arrays.copyOfRange(input, 1, input.length);
        try {
            switch ((input[0] & 0xFF) % 6) {
                case 0 -> {
                    Transaction tx = Transaction.decode(entity);
                    assertArrayEquals(entity, tx.encode());
                    assertEquals(32, EntityHasher.transactionHash(entity, GENERATION_HASH).bytes().length);
                }
                case 1 -> assertArrayEquals(entity, AggregateTransaction.decode(entity).encode());
                case 2 -> {
                    Block block = Block.decode(entity);
                    assertArrayEquals(entity, block.encode());
                    EntityHasher.blockHash(entity);
                    SIGNER.verifyBlock(entity);
                }
                case 3 -> assertArrayEquals(entity, DetachedCosignature.decode(entity).encode());
                case 4 -> assertArrayEquals(entity, EmbeddedTransaction.decode(entity, 0, entity.length).encode());
                default -> SIGNER.verifyTransaction(entity, GENERATION_HASH);
            }
        } catch (DecodeException expected) {
            // untrusted input refused with a reason: the only acceptable failure
        }
    }
}
