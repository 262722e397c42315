package io.sirius.kernel.config;

import io.sirius.api.config.ConfigException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads Sirius's properties format: {@code [section]} headers, {@code key = value} lines, {@code #} comments
 * and blank lines. A key outside a section, a line without {@code =}, a repeated section or a repeated key is
 * an error naming the line, since a config that means two things must not be guessed at.
 */
public final class IniFile {

    private IniFile() {
    }

    /**
     * @param text the file's text
     * @return the sections in file order, each with its keys in file order
     * @throws ConfigException naming the line at fault
     */
    public static Map<String, Map<String, String>> parse(String text) {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = null;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                if (!line.endsWith("]") || line.length() < 3) {
                    throw new ConfigException("line " + number + ": '" + line + "' is not a [section] header");
                }
                String name = line.substring(1, line.length() - 1).strip();
                if (sections.containsKey(name)) {
                    throw new ConfigException("line " + number + ": section [" + name + "] appears twice");
                }
                current = new LinkedHashMap<>();
                sections.put(name, current);
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw new ConfigException("line " + number + ": '" + line + "' is neither a [section] nor key = value");
            }
            if (current == null) {
                throw new ConfigException("line " + number + ": key '" + line.substring(0, equals).strip()
                        + "' comes before any [section]");
            }
            String key = line.substring(0, equals).strip();
            if (key.isEmpty()) {
                throw new ConfigException("line " + number + ": a value without a key");
            }
            if (current.put(key, line.substring(equals + 1).strip()) != null) {
                throw new ConfigException("line " + number + ": key '" + key + "' appears twice in its section");
            }
        }
        Map<String, Map<String, String>> frozen = new LinkedHashMap<>();
        sections.forEach((name, keys) -> frozen.put(name, Collections.unmodifiableMap(keys)));
        return Collections.unmodifiableMap(frozen);
    }
}
