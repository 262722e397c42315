package io.sirius.state.internal.blocks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.state.internal.CrashTestSupport;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM that appends blocks in a loop, several times, and checks after each kill that every block it
 * reported appended is there, intact, and that the store accepts the next one.
 */
class FileBlockStoreCrashTest {
    @TempDir
    Path dir;

    @Test
    void blocksSurviveKillNineAtRandomMoments() throws Exception {
        // Arrange
        Random random = new Random();
        Path blocks = dir.resolve("blocks");
        long previous = 0;

        for (int run = 0; run < 4; run++) {
            // Act
            long reported = CrashTestSupport.runAndKill("blocks", blocks, random, dir.resolve("child-" + run + ".log"));

            // Assert
            try (FileBlockStore store = FileBlockStore.open(blocks, 64 << 10)) {
                long height = store.height();
                assertTrue(height >= reported && height <= reported + 1, "run " + run + ": reopened at " + height
                        + " after the child reported " + reported);
                assertTrue(height > previous);
                for (long h = 1; h <= height; h++) {
                    assertArrayEquals(CrashTestSupport.block(h), store.read(h).orElseThrow().block(), "height " + h);
                }
                previous = height;
            }
        }
    }
}
