package io.sirius.plugin.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Describes how two {@link InMemoryState#snapshot() snapshots} differ, for failure messages. */
final class Snapshots {
    /** How many differing rows a message names before it only counts the rest. */
    private static final int SHOWN = 10;

    private Snapshots() {
    }

    /**
     * @param expected the snapshot expected
     * @param actual the snapshot found
     * @return the differing rows, one per line: {@code <cache> <key>: expected <row>, was <row>} (a missing row reads
     *     {@code none}), at most ten and a count of the rest; empty if the snapshots are equal
     */
    static String difference(Map<String, Map<String, String>> expected, Map<String, Map<String, String>> actual) {
        List<String> rows = new ArrayList<>();
        TreeSet<String> caches = new TreeSet<>(expected.keySet());
        caches.addAll(actual.keySet());
        for (String cache : caches) {
            Map<String, String> want = expected.getOrDefault(cache, Map.of());
            Map<String, String> got = actual.getOrDefault(cache, Map.of());
            TreeSet<String> keys = new TreeSet<>(want.keySet());
            keys.addAll(got.keySet());
            for (String key : keys) {
                String a = want.get(key);
                String b = got.get(key);
                if (a == null ? b != null : !a.equals(b)) {
                    rows.add(cache + " " + key + ": expected " + (a == null ? "none" : a) + ", was " + (b == null ? "none" : b));
                }
            }
        }
        StringBuilder out = new StringBuilder();
        rows.stream().limit(SHOWN).forEach(r -> out.append(System.lineSeparator()).append("  ").append(r));
        if (rows.size() > SHOWN) {
            out.append(System.lineSeparator()).append("  and ").append(rows.size() - SHOWN).append(" more rows");
        }
        return out.toString();
    }
}
