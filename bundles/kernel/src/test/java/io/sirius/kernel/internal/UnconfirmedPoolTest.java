package io.sirius.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.entity.TransactionHeader;
import io.sirius.api.model.Address;
import io.sirius.api.model.PublicKey;
import io.sirius.crypto.KeyPair;
import io.sirius.kernel.internal.chain.BlockProcessor;
import io.sirius.kernel.internal.chain.ChainListener;
import io.sirius.kernel.internal.chain.ChainTip;
import io.sirius.kernel.internal.chain.MissingPluginsException;
import io.sirius.kernel.internal.core.CoreResults;
import io.sirius.kernel.internal.mempool.UnconfirmedPool;
import io.sirius.kernel.internal.mempool.UnconfirmedPool.Selection;
import io.sirius.kernel.internal.pipeline.Environment;
import io.sirius.kernel.internal.pipeline.ParsedTransaction;
import io.sirius.kernel.internal.pipeline.Rejection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How blocks pick pooled transactions: arrival order by default, so a transaction never comes before one it
 * depends on; by fee when asked. How the pool follows the chain: its delta moves only when it hears of a block, so an
 * announcement made between the chain's commit and the pool's update never reports a confirmed transaction as failed.
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

    @Test
    void candidatesAreMarkedAsVerifiedAndABlockDoesNotVerifyThemAgain() throws Exception {
        try (TestNetwork network = TestNetwork.create(directory.resolve("b"))) {
            // Arrange: a pooled transfer, and the same transfer's bytes with a forged signature, parsed but not pooled
            KeyPair alice = network.funded.get(0);
            Address bob = network.address(network.funded.get(1));
            assertTrue(network.pool.submit(network.transfer(alice, bob, 1, 0)).accepted());
            byte[] forged = network.transfer(alice, bob, 2, 0);
            forged[TransactionHeader.SIGNATURE_OFFSET + 5] ^= 1;
            Environment environment = network.chain.processor().environment(2, network.clock + 1,
                    network.chain.state().view());
            ParsedTransaction unverified = network.parser.parse(forged, environment.plugins()).transaction();

            // Act
            List<ParsedTransaction> candidates = network.pool.candidates(10);
            BlockProcessor.Built checked = build(network, List.of(unverified));
            BlockProcessor.Built trusted = build(network, List.of(unverified.withSignaturesVerified()));

            // Assert: the pool verified its candidate; a block verifies what the pool did not vouch for
            assertTrue(candidates.get(0).signaturesVerified());
            assertFalse(unverified.signaturesVerified());
            assertEquals(List.of(), checked.block().transactions());
            assertEquals(CoreResults.SIGNATURE_NOT_VERIFIABLE, checked.dropped().get(0).rejection().code());
            assertEquals(1, trusted.block().transactions().size());
        }
    }

    private static BlockProcessor.Built build(TestNetwork network, List<ParsedTransaction> candidates) throws Exception {
        ChainTip tip = network.chain.tip();
        return network.chain.processor().build(new BlockProcessor.Template(tip, network.chain.history(), network.harvester,
                network.nextHitTime(), 0, 0, 1, 2, PublicKey.ZERO), candidates, network.chain.state().begin());
    }

    @Test
    void anAnnouncementBetweenTheChainsCommitAndThePoolsUpdateLeavesConfirmedTransactionsConfirmed() throws Exception {
        try (TestNetwork network = TestNetwork.create(directory.resolve("c"))) {
            // Arrange: a second pool of two, after a listener that announces while the chain has committed a block
            // the pool has not heard of yet; x is in that block, w is not
            KeyPair alice = network.funded.get(0);
            Address bob = network.address(network.funded.get(1));
            List<String> events = new ArrayList<>();
            UnconfirmedPool pool = new UnconfirmedPool(network.chain, network.parser, () -> network.clock, 2, 1 << 20,
                    List.of(new UnconfirmedPool.PoolListener() {
                        @Override
                        public void removed(ParsedTransaction transaction, Rejection rejection) {
                            events.add(transaction.header().maxFee() + (rejection == null ? " confirmed"
                                    : " " + rejection.code().statusName()));
                        }
                    }));
            byte[] x = network.transfer(alice, bob, 1, 0);
            byte[] w = network.transfer(alice, bob, 2, 0);
            byte[] y = network.transfer(alice, bob, 3, 100);
            List<UnconfirmedPool.Submitted> during = new ArrayList<>();
            network.chain.addListener(new ChainListener() {
                @Override
                public void blockCommitted(BlockProcessor.Processed block) {
                    try {
                        during.add(pool.submit(y)); // evicts w, so the pool re-applies what it holds
                    } catch (MissingPluginsException e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            network.chain.addListener(pool);
            assertTrue(pool.submit(x).accepted());
            assertTrue(pool.submit(w).accepted());
            assertTrue(network.pool.submit(x).accepted());

            // Act
            BlockProcessor.Built built = network.harvest();

            // Assert: y got in (w made room), x left as confirmed, never as failed
            assertEquals(1, built.block().transactions().size());
            assertTrue(during.get(0).accepted(), String.valueOf(during.get(0).rejection()));
            assertEquals(List.of("0 Failure_Chain_Unconfirmed_Cache_Too_Full", "0 confirmed"), events);
            assertEquals(List.of(100L), pool.candidates(10).stream().map(t -> t.header().maxFee()).toList());
        }
    }

    @Test
    void aBlockMarksThePoolStaleAndTheNextUpkeepDropsWhatItMadeInvalid() throws Exception {
        try (TestNetwork network = TestNetwork.create(directory.resolve("d"))) {
            // Arrange: a second pool where alice sends almost all she has to bob, while the node's pool (which the
            // harvester takes from) holds her sending almost all to the harvester
            KeyPair alice = network.funded.get(0);
            long balance = network.balance(network.address(alice));
            List<String> events = new ArrayList<>();
            UnconfirmedPool pool = new UnconfirmedPool(network.chain, network.parser, () -> network.clock, 10, 1 << 20,
                    List.of(new UnconfirmedPool.PoolListener() {
                        @Override
                        public void removed(ParsedTransaction transaction, Rejection rejection) {
                            events.add(rejection == null ? "confirmed" : rejection.code().statusName());
                        }
                    }));
            network.chain.addListener(pool);
            assertTrue(pool.submit(network.transfer(alice, network.address(network.funded.get(1)), balance - 10, 0))
                    .accepted());
            assertTrue(network.pool.submit(network.transfer(alice, network.address(network.harvester), balance - 10, 0))
                    .accepted());

            // Act
            network.harvest();
            List<String> afterBlock = List.copyOf(events);
            int pooledAfterBlock = pool.size();
            pool.expire();

            // Assert: the block only marked the pool stale; the upkeep re-applied it and dropped the overspend
            assertEquals(List.of(), afterBlock);
            assertEquals(1, pooledAfterBlock);
            assertEquals(List.of("Failure_Core_Insufficient_Balance"), events);
            assertEquals(0, pool.size());
        }
    }
}
