package io.sirius.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A benchmark's figures as {@code key=value} lines, in the order they were measured, for {@code run.sh} to collect
 * (written to the file named by the {@code out} system property, if any).
 */
public final class Results {
    private final Map<String, String> values = new LinkedHashMap<>();

    /**
     * @param key the figure's name (lower case, _)
     * @param value its value
     */
    public void put(String key, double value) {
        values.put(key, String.format(Locale.ROOT, "%.1f", value));
    }

    /**
     * @param key the figure's name
     * @param value its value, as text
     */
    public void put(String key, String value) {
        values.put(key, value);
    }

    /** Writes the figures to the file the {@code out} system property names, if it names one. */
    public void writeIfAsked() throws IOException {
        String out = System.getProperty("out");
        if (out == null || out.isBlank()) {
            return;
        }
        Path path = Path.of(out);
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        try (Writer w = Files.newBufferedWriter(path)) {
            for (Map.Entry<String, String> e : values.entrySet()) {
                w.write(e.getKey() + "=" + e.getValue() + "\n");
            }
        }
    }
}
