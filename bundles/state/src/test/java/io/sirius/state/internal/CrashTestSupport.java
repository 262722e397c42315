package io.sirius.state.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

/**
 * The crash-test helpers, for test classes of other packages.
 */
public final class CrashTestSupport {
    private CrashTestSupport() {
    }

    /**
     * @see CrashRunner#runAndKill
     */
    public static long runAndKill(String mode, Path dir, Random random, Path log)
            throws IOException, InterruptedException {
        return CrashRunner.runAndKill(mode, dir, random, log);
    }

    /** @return the block the crash workload appends at a height */
    public static byte[] block(long height) {
        return CrashWorkload.block(height);
    }
}
