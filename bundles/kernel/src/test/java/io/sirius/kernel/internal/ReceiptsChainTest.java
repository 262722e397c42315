package io.sirius.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.entity.Block;
import io.sirius.api.entity.BlockHeader;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Hash256;
import io.sirius.api.receipt.BalanceChangeReceipt;
import io.sirius.api.receipt.ReceiptType;
import io.sirius.kernel.internal.chain.BlockMeta;
import io.sirius.kernel.internal.pipeline.Rejection;
import io.sirius.kernel.receipts.BlockStatement;
import io.sirius.kernel.receipts.ReceiptSource;
import io.sirius.kernel.receipts.TransactionStatement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Block statements on a real chain: harvested blocks carry their statements' hash and store the statements; a
 * received block whose receipts hash does not match what its transactions lead to is refused; a chain created before
 * receipts existed keeps a zero receipts hash.
 */
class ReceiptsChainTest {
    @TempDir
    Path directory;

    private static BlockStatement statement(TestNetwork network, long height) {
        return BlockMeta.decode(network.chain.block(height).orElseThrow().extra()).statement();
    }

    private static BlockHeader header(TestNetwork network, long height) {
        return Block.decode(network.chain.block(height).orElseThrow().block()).header();
    }

    @Test
    void aHarvestedBlockCarriesTheHashOfItsStatementsWithTheHarvestFee() throws Exception {
        try (TestNetwork network = TestNetwork.create(directory.resolve("a"))) {
            // Arrange
            network.pool.submit(network.transfer(network.funded.get(0), network.address(network.funded.get(1)), 5, 1_000));

            // Act
            long height = network.harvest().block().tip().height();

            // Assert
            BlockStatement statement = statement(network, height);
            BlockMeta meta = BlockMeta.decode(network.chain.block(height).orElseThrow().extra());
            assertEquals(List.of(new TransactionStatement(ReceiptSource.BLOCK, List.of(new BalanceChangeReceipt(
                    ReceiptType.HARVEST_FEE, network.harvester.publicKey(), network.identity.currencyMosaicId(),
                    meta.totalFee())))), statement.transactionStatements());
            assertNotEquals(Hash256.ZERO, statement.hash());
            assertEquals(statement.hash(), header(network, height).blockReceiptsHash());
            assertEquals(statement(network, 1).hash(), header(network, 1).blockReceiptsHash(), "the nemesis block too");
        }
    }

    @Test
    void aReceivedBlockWithAnotherReceiptsHashIsRefusedAndTheRightOneAccepted() throws Exception {
        try (TestNetwork a = TestNetwork.create(directory.resolve("a"));
                TestNetwork b = TestNetwork.open(ChainTestCopies.copy(directory.resolve("a"), directory.resolve("b")), 0)) {
            // Arrange: a's block with one byte of its receipts hash (offset 198) changed, signed again by its harvester
            a.pool.submit(a.transfer(a.funded.get(0), a.address(a.funded.get(1)), 500, 0));
            byte[] block = a.harvest().block().bytes();
            byte[] changed = block.clone();
            changed[198] ^= 1;
            byte[] tampered = a.signer.signBlock(a.harvester, changed);

            // Act
            Optional<Rejection> rejection = b.chain.apply(tampered, Long.MAX_VALUE);

            // Assert
            assertTrue(rejection.isPresent());
            assertEquals("Failure_Chain_Block_Inconsistent_Receipts_Hash", rejection.get().code().statusName());
            assertEquals(1, b.chain.tip().height());
            assertFalse(b.chain.apply(block, Long.MAX_VALUE).isPresent(), "the block as harvested is accepted");
            assertEquals(statement(a, 2), statement(b, 2), "b stores the statements it computed, the same as a's");
        }
    }

    @Test
    void rollingBackDropsTheUndoneBlocksStatements() throws Exception {
        try (TestNetwork network = TestNetwork.create(directory.resolve("a"))) {
            // Arrange
            network.harvest();
            network.harvest();

            // Act
            network.chain.rollbackTo(2);
            long height = network.harvest().block().tip().height();

            // Assert
            assertEquals(3, height);
            assertEquals(statement(network, 3).hash(), header(network, 3).blockReceiptsHash());
        }
    }

    @Test
    void aChainCreatedBeforeReceiptsKeepsAZeroReceiptsHashAndStillStoresStatements() throws Exception {
        // Arrange: network files without enableVerifiableReceipts, as nodes wrote them before receipts existed
        io.sirius.crypto.KeyPair harvester;
        long clock;
        try (TestNetwork a = TestNetwork.create(directory.resolve("a"))) {
            a.harvest();
            harvester = a.harvester;
            clock = a.clock;
        }
        Path b = ChainTestCopies.copy(directory.resolve("a"), directory.resolve("b"));
        Path properties = b.resolve("network/network.properties");
        Files.writeString(properties, Files.readString(properties).replaceAll("(?m)^enableVerifiableReceipts=.*$", ""));
        try (TestNetwork old = TestNetwork.open(b, clock)) {
            old.harvester = harvester;

            // Act
            long height = old.harvest().block().tip().height();

            // Assert
            assertFalse(old.identity.verifiableReceipts());
            assertEquals(Hash256.ZERO, header(old, height).blockReceiptsHash());
            assertEquals(1, statement(old, height).transactionStatements().size(), "the harvest fee receipt");
        }
    }

    /** Copies a node's directory. */
    static final class ChainTestCopies {
        private ChainTestCopies() {
        }

        static Path copy(Path from, Path to) throws Exception {
            try (var paths = Files.walk(from)) {
                for (Path p : (Iterable<Path>) paths::iterator) {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
            return to;
        }
    }
}
