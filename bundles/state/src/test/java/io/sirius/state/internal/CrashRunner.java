package io.sirius.state.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link CrashWorkload} in a child JVM and kills it ({@code destroyForcibly}, SIGKILL) right after it has
 * reported a random number of durable heights, so the kill lands at a random point of the next write.
 */
final class CrashRunner {
    private CrashRunner() {
    }

    /**
     * @param mode {@code state} or {@code blocks}
     * @param dir the store directory
     * @param random chooses when to kill
     * @param log where the child's standard error goes
     * @return the last height the child reported durable before it died
     */
    static long runAndKill(String mode, Path dir, Random random, Path log) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CrashWorkload.class.getName(), mode, dir.toString())
                .redirectError(log.toFile())
                .start();
        long last = 0;
        int wanted = 1 + random.nextInt(40);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            int seen = 0;
            while ((line = out.readLine()) != null) {
                last = Long.parseLong(line.substring(5));
                if (++seen == wanted) {
                    if (random.nextBoolean()) {
                        Thread.sleep(random.nextInt(20));
                    }
                    // SIGKILL through the process handle, which (unlike Process.destroyForcibly) leaves our end of
                    // the pipe open, so the lines printed before the kill are still read
                    child.toHandle().destroyForcibly();
                }
            }
        } finally {
            child.destroyForcibly();
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the child JVM did not die");
            }
        }
        if (last == 0) {
            throw new IllegalStateException("the child JVM reported nothing; see " + log + " (exit "
                    + child.exitValue() + ")");
        }
        return last;
    }
}
