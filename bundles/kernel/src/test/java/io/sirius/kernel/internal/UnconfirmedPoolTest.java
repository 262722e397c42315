package io.sirius.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.model.Address;
import io.sirius.crypto.KeyPair;
import io.sirius.kernel.internal.mempool.UnconfirmedPool;
import io.sirius.kernel.internal.mempool.UnconfirmedPool.Selection;
import io.sirius.kernel.internal.pipeline.ParsedTransaction;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How blocks pick pooled transactions: arrival order by default, so a transaction never comes before one it
 * depends on; by fee when asked.
 */
class UnconfirmedPoolTest {
    @TempDir
    Path directory;

    @Test
    void candidatesComeInArrivalOrderOrByFee() throws Exception {
        try (TestNetwork network = TestNetwork.create(directory.resolve("a"))) {
            // Arrange: three transfers paying 0, 5000 and 100
            KeyPair alice = network.funded.get(0);
            Address bob = network.address(network.funded.get(1));
            List<UnconfirmedPool.Submitted> submitted = List.of(network.pool.submit(network.transfer(alice, bob, 1, 0)),
                    network.pool.submit(network.transfer(alice, bob, 2, 5_000)),
                    network.pool.submit(network.transfer(alice, bob, 3, 100)));

            // Act
            List<ParsedTransaction> oldest = network.pool.candidates(10, Selection.OLDEST);
            List<ParsedTransaction> richest = network.pool.candidates(10, Selection.MAXIMIZE_FEE);
            List<ParsedTransaction> cheapest = network.pool.candidates(2, Selection.MINIMIZE_FEE);

            // Assert
            submitted.forEach(s -> assertTrue(s.accepted(), String.valueOf(s.rejection())));
            assertEquals(List.of(0L, 5_000L, 100L), oldest.stream().map(t -> t.header().maxFee()).toList());
            assertEquals(List.of(5_000L, 100L, 0L), richest.stream().map(t -> t.header().maxFee()).toList());
            assertEquals(List.of(0L, 100L), cheapest.stream().map(t -> t.header().maxFee()).toList());
        }
    }

    @Test
    void theStrategyIsParsedAsOperatorsWriteIt() {
        assertEquals(Selection.OLDEST, Selection.parse("oldest"));
        assertEquals(Selection.MAXIMIZE_FEE, Selection.parse(" Maximize-Fee "));
        assertEquals(Selection.MINIMIZE_FEE, Selection.parse("minimize_fee"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Selection.parse("cheapest"));
        assertTrue(e.getMessage().contains("oldest, maximize-fee or minimize-fee"), e.getMessage());
    }
}
