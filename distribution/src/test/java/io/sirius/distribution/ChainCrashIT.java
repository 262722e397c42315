package io.sirius.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.Test;

/**
 * The shipped distribution harvesting a devnet under load, killed with kill -9 at random moments several times:
 * every restart keeps every block confirmed before the kill (same hash at every height) and the chain goes on.
 */
public class ChainCrashIT {
    private static final int KILLS = 4;

    @Test
    public void everyConfirmedBlockSurvivesKillNineAndTheChainContinues() throws Exception {
        Random random = new Random();
        try (NodeProcess node = NodeProcess.unpack(Path.of("target", "crash").toAbsolutePath())) {
            node.start("sirius:status", "Phase:        running", 180_000);
            waitForHeight(node, 3, 60_000);
            Map<Long, String> confirmed = new HashMap<>();
            for (int kill = 1; kill <= KILLS; kill++) {
                // Arrange: load, and let the chain move while it runs
                Process load = node.clientInBackground("sirius:devnet-load --rate 40 --duration 120",
                        Path.of("target", "crash", "load-" + kill + ".out"));
                Thread.sleep(1_000 + random.nextInt(4_000));
                long height = height(node);
                for (long h = Math.max(1, height - 3); h <= height; h++) {
                    confirmed.put(h, hash(node, h));
                }

                // Act: kill -9 at a random moment, then restart
                Thread.sleep(random.nextInt(1_500));
                node.kill();
                load.destroyForcibly();
                node.start("sirius:status", "Phase:        running", 180_000);

                // Assert: nothing confirmed was lost, and the chain continues
                long after = height(node);
                assertTrue("height " + after + " after kill " + kill + " is below the confirmed " + height, after >= height);
                for (Map.Entry<Long, String> e : confirmed.entrySet()) {
                    assertEquals("block " + e.getKey() + " after kill " + kill, e.getValue(), hash(node, e.getKey()));
                }
                waitForHeight(node, after + 2, 60_000);
            }
            // and a transfer still confirms
            String accounts = java.nio.file.Files.readString(node.home.resolve("data/sirius/devnet/accounts.txt"));
            java.util.regex.Matcher harvester = java.util.regex.Pattern
                    .compile("harvester\\n  address:\\s+(\\S+)").matcher(accounts);
            assertTrue(accounts, harvester.find());
            NodeProcess.Result transfer = node.client("sirius:devnet-transfer " + harvester.group(1) + " 5");
            assertTrue(transfer.output(), transfer.output().contains("Confirmed in block"));
        }
    }

    private static long height(NodeProcess node) throws Exception {
        return Long.parseLong(NodeProcess.field(node.client("sirius:status").output(), "Height:"));
    }

    private static String hash(NodeProcess node, long height) throws Exception {
        return NodeProcess.field(node.client("sirius:block " + height).output(), "Hash:");
    }

    private static void waitForHeight(NodeProcess node, long wanted, long timeoutMillis) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        long height = height(node);
        while (height < wanted) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the chain stayed at height " + height + ", below " + wanted + "\n" + node.logTail());
            }
            Thread.sleep(500);
            height = height(node);
        }
    }
}
