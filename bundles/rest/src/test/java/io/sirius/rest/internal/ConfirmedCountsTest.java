package io.sirius.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.sirius.api.entity.Block;
import io.sirius.api.model.Hash256;
import io.sirius.crypto.Hashes;
import io.sirius.kernel.chain.BlockInfo;
import io.sirius.kernel.chain.ChainService;
import io.sirius.kernel.chain.NodeStatus;
import io.sirius.kernel.chain.TransactionQuery;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ConfirmedCounts}, behind {@code POST /transactions/count} and {@code GET /diagnostic/storage}: each block is
 * read once, a rollback starts the count again, and a chain longer than the kernel's history search covers (100,000
 * blocks without an account) is counted. The chains here are test doubles of {@code ChainService} serving the real
 * blocks of a {@link TestNode} at heights of the test's choosing, with distinct hashes; everything else is the node's.
 */
class ConfirmedCountsTest {
    @TempDir
    static Path directory;
    static TestNode node;
    static List<BlockInfo> real;

    @BeforeAll
    static void start() throws Exception {
        node = TestNode.start(directory);
        real = new ArrayList<>();
        for (long h = 1; h <= node.history.height(); h++) {
            real.add(node.node.block(h).orElseThrow());
        }
    }

    @AfterAll
    static void stop() throws Exception {
        node.close();
    }

    /** A chain of {@code height} blocks, {@code bytes.apply(h)} at height h; the rest is the node's. */
    private static ChainService chain(long[] height, LongFunction<BlockInfo> blocks, AtomicInteger reads) {
        return (ChainService) Proxy.newProxyInstance(ConfirmedCountsTest.class.getClassLoader(),
                new Class<?>[] {ChainService.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "status": {
                            NodeStatus s = node.node.status();
                            return new NodeStatus(s.phase(), height[0], s.tipHash(), s.lastBlockTime(), s.unconfirmed(),
                                    s.detail());
                        }
                        case "block": {
                            reads.incrementAndGet();
                            long h = (Long) args[0];
                            return h < 1 || h > height[0] ? Optional.empty() : Optional.of(blocks.apply(h));
                        }
                        case "transactions": {
                            // the kernel's history search refuses more than 100,000 blocks without an account
                            TransactionQuery q = (TransactionQuery) args[0];
                            if (q.account().isEmpty() && Math.min(q.toHeight(), height[0]) - q.fromHeight() + 1 > 100_000) {
                                throw new IllegalArgumentException("a search without an account may cover at most "
                                        + "100000 blocks");
                            }
                            return delegate(method, args);
                        }
                        default:
                            return delegate(method, args);
                    }
                });
    }

    private static Object delegate(java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(node.node, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Block {@code source}'s bytes at height h, with a hash of its own. */
    private static BlockInfo at(long h, BlockInfo source, String fork) {
        return new BlockInfo(h, source.bytes(), Hashes.sha3_256Hash((fork + h).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                source.generationHash(), source.totalFee(), source.transactionCount(), source.score(), source.statement());
    }

    private static int transactions(BlockInfo block) {
        return Block.decode(block.bytes()).transactions().size();
    }

    @Test
    void eachBlockIsReadOnceAndLaterCountsReadOnlyTheNewBlocks() {
        // Arrange
        long[] height = {3};
        AtomicInteger reads = new AtomicInteger();
        ConfirmedCounts counts = new ConfirmedCounts(chain(height, h -> at(h, real.get((int) h - 1), "a"), reads));

        // Act
        ConfirmedCounts.Snapshot first = counts.current();
        int firstReads = reads.getAndSet(0);
        height[0] = 4;
        ConfirmedCounts.Snapshot second = counts.current();

        // Assert
        assertEquals(3, first.height());
        assertEquals(transactions(real.get(0)) + transactions(real.get(1)) + transactions(real.get(2)), first.total());
        assertEquals(3, firstReads);
        assertEquals(2, reads.get(), "the block counted last, to see it is still there, then the new one");
        assertEquals(node.history.all().size(), second.total());
        assertEquals(25 + 6 + 4 + 1, second.count(0x4154), "the transfers of the nemesis block, the vectors and blocks "
                + "3 and 4");
        assertEquals(0, second.count(0x4158));
    }

    @Test
    void aRollbackStartsTheCountAgain() {
        // Arrange: four blocks counted, then blocks 3 and 4 replaced by a fork whose block 3 is the nemesis block's copy
        long[] height = {4};
        String[] fork = {"a"};
        AtomicInteger reads = new AtomicInteger();
        ConfirmedCounts counts = new ConfirmedCounts(chain(height, h -> h >= 3 && fork[0].equals("b")
                ? at(h, real.get(0), "b") : at(h, real.get((int) h - 1), "a"), reads));
        counts.current();

        // Act
        fork[0] = "b";
        height[0] = 3;
        ConfirmedCounts.Snapshot rolledBack = counts.current();

        // Assert
        assertEquals(3, rolledBack.height());
        assertEquals(2 * transactions(real.get(0)) + transactions(real.get(1)), rolledBack.total());
    }

    @Test
    void aChainLongerThanTheHistorySearchCoversIsCountedByTheRoutes() {
        // Arrange: 100,001 blocks, every 1,000th the history's block 3 (12 transfers), the others empty
        long[] height = {100_001};
        BlockInfo third = real.get(2);
        BlockInfo empty = emptyBlock();
        RestServlet servlet = new RestServlet(chain(height, h -> at(h, h % 1000 == 0 ? third : empty, "a"),
                new AtomicInteger()), node.plugins, Fakes.config(RestSettings.class, Map.of()));

        // Act
        TestNode.Answer storage = TestNode.call(servlet, "GET", "/diagnostic/storage", new byte[0], 0);
        TestNode.Answer count = TestNode.call(servlet, "POST", "/transactions/count",
                "{\"transactionTypes\":[16724]}".getBytes(java.nio.charset.StandardCharsets.UTF_8), -1);

        // Assert
        assertEquals(200, storage.status(), storage::toString);
        assertEquals(100_001, storage.json().get("numBlocks").asLong());
        assertEquals(100 * 12, storage.json().get("numTransactions").asLong());
        assertEquals(200, count.status(), count::toString);
        JsonNode row = count.json().get(0);
        assertEquals(100 * 12, row.get("count").asLong());
    }

    /** A block of the node without transactions: the one it harvests when nothing waits. */
    private static BlockInfo emptyBlock() {
        Hash256 before = node.node.status().tipHash();
        long height = node.harvest();
        BlockInfo block = node.node.block(height).orElseThrow();
        assertEquals(0, block.transactionCount(), "harvested after " + before);
        return block;
    }
}
