package io.sirius.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.model.Address;
import io.sirius.api.model.Hash256;
import io.sirius.crypto.KeyPair;
import io.sirius.kernel.internal.chain.BlockProcessor;
import io.sirius.kernel.internal.chain.MissingPluginsException;
import io.sirius.kernel.internal.mempool.UnconfirmedPool;
import io.sirius.kernel.internal.pipeline.Rejection;
import io.sirius.state.BlockStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chain kernel end to end on real stores: a devnet's nemesis funds its accounts, harvested blocks confirm
 * transfers, a fresh node replaying the blocks reaches the same state at every height, a node that lost its state
 * rebuilds it, and rolled-back blocks leave exactly the earlier state and can be applied again.
 */
class ChainTest {
    @TempDir
    Path directory;

    @Test
    void theNemesisBlockFundsTheDevnetAccounts() throws Exception {
        // Act
        try (TestNetwork network = TestNetwork.create(directory.resolve("a"))) {
            // Assert
            assertEquals(1, network.chain.tip().height());
            assertEquals(1_000_000_000_000_000L, network.balance(network.address(network.harvester)));
            assertEquals(1_000_000_000_000L, network.balance(network.address(network.funded.get(0))));
            assertEquals(1_000_000_000_000L, network.balance(network.address(network.funded.get(1))));
            long nemesis = network.balance(network.address(network.genesis.nemesis()));
            assertEquals(9_000_000_000_000_000L - 1_000_000_000_000_000L - 2_000_000_000_000L, nemesis);
        }
    }

    @Test
    void aHarvestedBlockConfirmsPooledTransfers() throws Exception {
        try (TestNetwork network = TestNetwork.create(directory.resolve("a"))) {
            // Arrange
            KeyPair alice = network.funded.get(0);
            Address bob = network.address(network.funded.get(1));
            UnconfirmedPool.Submitted first = network.pool.submit(network.transfer(alice, bob, 1_000, 0));
            UnconfirmedPool.Submitted second = network.pool.submit(network.transfer(alice, bob, 2_000, 0));

            // Act
            BlockProcessor.Built built = network.harvest();

            // Assert
            assertTrue(first.accepted(), String.valueOf(first.rejection()));
            assertTrue(second.accepted(), String.valueOf(second.rejection()));
            assertEquals(2, built.block().transactions().size());
            assertEquals(2, network.chain.tip().height());
            assertEquals(1_000_000_000_000L - 3_000, network.balance(network.address(alice)));
            assertEquals(1_000_000_000_000L + 3_000, network.balance(bob));
            assertEquals(0, network.pool.size());
            assertTrue(network.account(network.address(alice)).publicKey().isPresent());
        }
    }

    @Test
    void harvestingMakesTheHarvestersPublicKeyKnown() throws Exception {
        try (TestNetwork network = TestNetwork.create(directory.resolve("a"))) {
            // Arrange: the harvester has only ever received currency in the nemesis block
            Address harvester = network.address(network.harvester);
            assertTrue(network.account(harvester).publicKey().isEmpty());

            // Act
            network.harvest();

            // Assert
            assertEquals(network.harvester.publicKey(), network.account(harvester).publicKey().orElseThrow());
        }
    }

    @Test
    void rollingBackTheFirstHarvestedBlockForgetsTheHarvestersPublicKeyAgain() throws Exception {
        try (TestNetwork network = TestNetwork.create(directory.resolve("a"))) {
            // Arrange
            Hash256 nemesisState = network.stateHash();
            network.harvest();

            // Act
            network.chain.rollbackTo(1);

            // Assert
            assertEquals(nemesisState, network.stateHash());
            assertTrue(network.account(network.address(network.harvester)).publicKey().isEmpty());
        }
    }

    @Test
    void thePoolRefusesBadTransactionsWithSiriusStatusCodes() throws Exception {
        try (TestNetwork network = TestNetwork.create(directory.resolve("a"))) {
            // Arrange
            KeyPair alice = network.funded.get(0);
            Address bob = network.address(network.funded.get(1));
            byte[] tampered = network.transfer(alice, bob, 5, 0);
            tampered[tampered.length - 1] ^= 1;
            byte[] valid = network.transfer(alice, bob, 5, 0);

            // Act
            UnconfirmedPool.Submitted badSignature = network.pool.submit(tampered);
            UnconfirmedPool.Submitted tooMuch = network.pool.submit(network.transfer(alice, bob, 2_000_000_000_000L, 0));
            UnconfirmedPool.Submitted truncated = network.pool.submit(java.util.Arrays.copyOf(valid, 130));
            UnconfirmedPool.Submitted accepted = network.pool.submit(valid);
            UnconfirmedPool.Submitted again = network.pool.submit(valid);

            // Assert
            assertEquals("Failure_Signature_Not_Verifiable", badSignature.rejection().code().statusName());
            assertEquals("Failure_Core_Insufficient_Balance", tooMuch.rejection().code().statusName());
            assertEquals("Failure_Consumer_Malformed", truncated.rejection().code().statusName());
            assertTrue(accepted.accepted());
            assertTrue(again.accepted());
            assertEquals(1, network.pool.size());
        }
    }

    @Test
    void aFreshNodeReplayingTheBlocksReachesTheSameStateAtEveryHeight() throws Exception {
        List<byte[]> blocks = new ArrayList<>();
        List<Hash256> stateHashes = new ArrayList<>();
        long clock;
        try (TestNetwork a = TestNetwork.create(directory.resolve("a"))) {
            // Arrange: a chain of blocks with random transfers between the funded accounts
            Random random = new Random(7);
            List<Address> targets = new ArrayList<>(List.of(a.address(a.funded.get(1)), a.address(a.harvester)));
            for (int i = 0; i < 6; i++) {
                targets.add(a.address(io.sirius.crypto.KeyPair.generate(new java.security.SecureRandom(),
                        io.sirius.api.model.DerivationScheme.ED25519_SHA3)));
            }
            for (int h = 0; h < 8; h++) {
                for (int t = 0; t < 5; t++) {
                    a.pool.submit(a.transfer(a.funded.get(0), targets.get(random.nextInt(targets.size())),
                            1 + random.nextInt(1_000_000), 0));
                }
                a.harvest();
            }
            for (long h = 1; h <= a.chain.tip().height(); h++) {
                blocks.add(a.chain.block(h).orElseThrow().block());
            }
            stateHashes.add(a.stateHash());
            clock = a.clock;
        }
        Path fresh = directory.resolve("b");
        java.nio.file.Files.createDirectories(fresh);
        copyTree(directory.resolve("a/network"), fresh.resolve("network"));
        try (TestNetwork b = TestNetwork.open(fresh, clock)) {
            // Act: the fresh node applies block 1 as nemesis by replaying a block store holding it, then the rest
            b.chain.close();
            BlockStore store = b.stores.openBlocks(fresh.resolve("blocks"));
            store.append(1, blocks.get(0), new io.sirius.kernel.internal.chain.BlockMeta(Hash256.ZERO, Hash256.ZERO,
                    io.sirius.api.model.Amount.ZERO, 0, java.math.BigInteger.ONE, io.sirius.kernel.receipts.BlockStatement.EMPTY)
                    .encode());
            store.close();
        }
        try (TestNetwork b = TestNetwork.open(fresh, clock)) {
            for (int i = 1; i < blocks.size(); i++) {
                Optional<Rejection> rejection = b.chain.apply(blocks.get(i), Long.MAX_VALUE);
                // Assert: every block is accepted, which includes its StateHash matching this node's state
                assertFalse(rejection.isPresent(), () -> rejection.get().detail());
            }
            assertEquals(blocks.size(), b.chain.tip().height());
            assertEquals(stateHashes.get(0), b.stateHash());
        }
    }

    @Test
    void aNodeThatLostItsStateRebuildsItFromTheBlocks() throws Exception {
        Path data = directory.resolve("a");
        Hash256 stateHash;
        Hash256 tip;
        long clock;
        try (TestNetwork a = TestNetwork.create(data)) {
            // Arrange
            for (int h = 0; h < 4; h++) {
                a.pool.submit(a.transfer(a.funded.get(0), a.address(a.funded.get(1)), 10 + h, 0));
                a.harvest();
            }
            stateHash = a.stateHash();
            tip = a.chain.tip().hash();
            clock = a.clock;
        }
        TestNetwork.deleteTree(data.resolve("state"));

        // Act
        try (TestNetwork b = TestNetwork.open(data, clock)) {
            // Assert
            assertEquals(5, b.chain.tip().height());
            assertEquals(tip, b.chain.tip().hash());
            assertEquals(stateHash, b.stateHash());
        }
    }

    @Test
    void rollingBackRestoresTheEarlierStateExactlyAndTheBlocksApplyAgain() throws Exception {
        try (TestNetwork network = TestNetwork.create(directory.resolve("a"))) {
            // Arrange
            KeyPair alice = network.funded.get(0);
            network.harvest();
            Hash256 before = network.stateHash();
            long height = network.chain.tip().height();
            Address fresh = network.address(io.sirius.crypto.KeyPair.generate(new java.security.SecureRandom(),
                    io.sirius.api.model.DerivationScheme.ED25519_SHA3));
            List<byte[]> undone = new ArrayList<>();
            for (int h = 0; h < 3; h++) {
                network.pool.submit(network.transfer(alice, fresh, 1_000 + h, 0));
                network.pool.submit(network.transfer(network.funded.get(1), network.address(alice), 7, 0));
                undone.add(network.harvest().block().bytes());
            }
            Hash256 after = network.stateHash();
            Hash256 tip = network.chain.tip().hash();

            // Act
            network.chain.rollbackTo(height);
            Hash256 rolledBack = network.stateHash();
            boolean freshGone = network.chain.state().view().cache(io.sirius.api.account.AccountStateCache.DESCRIPTOR)
                    .find(fresh).isEmpty();
            for (byte[] block : undone) {
                assertFalse(network.chain.apply(block, Long.MAX_VALUE).isPresent());
            }

            // Assert
            assertNotEquals(before, after);
            assertEquals(before, rolledBack);
            assertTrue(freshGone, "an account created by the undone blocks is gone");
            assertEquals(tip, network.chain.tip().hash());
            assertEquals(after, network.stateHash());
        }
    }

    @Test
    void aBlockWithAnInvalidTransactionIsRefusedAndChangesNothing() throws Exception {
        try (TestNetwork a = TestNetwork.create(directory.resolve("a"));
                TestNetwork b = TestNetwork.open(copy(directory.resolve("a"), directory.resolve("b")), 0)) {
            // Arrange: a builds a valid block; b receives it with one transaction's amount changed
            a.pool.submit(a.transfer(a.funded.get(0), a.address(a.funded.get(1)), 500, 0));
            byte[] block = a.harvest().block().bytes();
            byte[] tampered = block.clone();
            tampered[tampered.length - 2] ^= 1;
            Hash256 before = b.stateHash();

            // Act
            Optional<Rejection> rejection = b.chain.apply(tampered, Long.MAX_VALUE);

            // Assert
            assertTrue(rejection.isPresent());
            assertEquals(1, b.chain.tip().height());
            assertEquals(before, b.stateHash());
            assertFalse(b.chain.apply(block, Long.MAX_VALUE).isPresent(), "the untampered block is accepted");
        }
    }

    @Test
    void withoutTheTransferPluginTheChainPausesInsteadOfSkipping() throws Exception {
        try (TestNetwork network = TestNetwork.create(directory.resolve("a"))) {
            // Arrange
            network.source.declarations.clear();
            network.source.listeners.forEach(Runnable::run);

            // Act and Assert
            MissingPluginsException e = assertThrows(MissingPluginsException.class, network::harvest);
            assertTrue(e.getMessage().contains("transfer"), e.getMessage());
            assertEquals(1, network.chain.tip().height());
        }
    }

    private static Path copy(Path from, Path to) throws Exception {
        copyTree(from, to);
        return to;
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var paths = java.nio.file.Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (java.nio.file.Files.isDirectory(p)) {
                    java.nio.file.Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("LOCK") && !p.getFileName().toString().endsWith(".lock")) {
                    java.nio.file.Files.copy(p, target);
                }
            }
        }
        assertArrayEquals(new byte[0], new byte[0]);
    }
}
