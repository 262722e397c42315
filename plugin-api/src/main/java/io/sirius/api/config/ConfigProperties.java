package io.sirius.api.config;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The keys and values of one config section, with typed getters that understand Sirius's notation:
 * numbers may group digits with apostrophes ({@code 100'000}), durations carry a unit
 * ({@code 500ms}, {@code 15s}, {@code 10m}, {@code 24h}, {@code 2d}) and data sizes too ({@code 512B},
 * {@code 64KB}, {@code 1MB}, {@code 2GB}, {@code 10TB}).
 */
public final class ConfigProperties {
    private final String section;
    private final Map<String, String> values;

    /**
     * @param section the section's name, for error messages
     * @param values the keys and values; copied
     */
    public ConfigProperties(String section, Map<String, String> values) {
        this.section = section;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** @return the section's name */
    public String section() {
        return section;
    }

    /** @return the keys present */
    public Set<String> keys() {
        return values.keySet();
    }

    /** @return all keys and values */
    public Map<String, String> asMap() {
        return values;
    }

    /**
     * @param key a key
     * @return its raw value, if present
     */
    public Optional<String> find(String key) {
        return Optional.ofNullable(values.get(key)).map(String::trim);
    }

    /**
     * @param key a key that must be present
     * @return its raw value
     */
    public String getString(String key) {
        return find(key).orElseThrow(() -> new ConfigException("[" + section + "] has no key '" + key + "'"));
    }

    /**
     * @param key a key that must hold true or false
     * @return the value
     */
    public boolean getBoolean(String key) {
        String value = getString(key).toLowerCase(Locale.ROOT);
        if (value.equals("true")) {
            return true;
        }
        if (value.equals("false")) {
            return false;
        }
        throw wrong(key, "true or false");
    }

    /**
     * @param key a key holding a non-negative integer, digits optionally grouped with apostrophes
     * @return the value
     */
    public long getLong(String key) {
        String value = getString(key).replace("'", "");
        try {
            long parsed = Long.parseLong(value);
            if (parsed < 0) {
                throw wrong(key, "a non-negative integer");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw wrong(key, "a non-negative integer");
        }
    }

    /**
     * @param key a key holding a decimal number such as {@code 0.5} or {@code 3.2}
     * @return the value
     */
    public double getDouble(String key) {
        try {
            double value = Double.parseDouble(getString(key));
            if (!Double.isFinite(value)) {
                throw wrong(key, "a finite decimal number");
            }
            return value;
        } catch (NumberFormatException e) {
            throw wrong(key, "a decimal number");
        }
    }

    /**
     * @param key a key holding an integer that must lie in a range
     * @param min the smallest allowed
     * @param max the largest allowed
     * @return the value
     */
    public long getLong(String key, long min, long max) {
        long value = getLong(key);
        if (value < min || value > max) {
            throw new ConfigException("[" + section + "] " + key + " = " + value + " is outside [" + min + ", " + max + "]");
        }
        return value;
    }

    /**
     * @param key a key holding a duration with a unit: ms, s, m, h or d
     * @return the value
     */
    public Duration getDuration(String key) {
        String value = getString(key).replace("'", "");
        try {
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            }
            long amount = Long.parseLong(value.substring(0, value.length() - 1));
            switch (value.charAt(value.length() - 1)) {
                case 's':
                    return Duration.ofSeconds(amount);
                case 'm':
                    return Duration.ofMinutes(amount);
                case 'h':
                    return Duration.ofHours(amount);
                case 'd':
                    return Duration.ofDays(amount);
                default:
                    throw wrong(key, "a duration such as 500ms, 15s, 10m, 24h or 2d");
            }
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw wrong(key, "a duration such as 500ms, 15s, 10m, 24h or 2d");
        }
    }

    /**
     * @param key a key holding a span in whole hours or days, as Sirius's {@code BlockSpan}: {@code 1h}, {@code 2d}
     * @return the value
     * @throws ConfigException if the key is missing or the value is not such a span
     * @since 1.1
     */
    public BlockSpan getBlockSpan(String key) {
        return BlockSpan.parse("[" + section + "] " + key, getString(key));
    }

    /**
     * @param key a key holding a data size with a unit: B, KB, MB, GB or TB (powers of 1024)
     * @return the size in bytes
     */
    public long getDataSize(String key) {
        String value = getString(key).replace("'", "").toUpperCase(Locale.ROOT);
        try {
            if (value.endsWith("KB")) {
                return Math.multiplyExact(Long.parseLong(value.substring(0, value.length() - 2)), 1024L);
            }
            if (value.endsWith("MB")) {
                return Math.multiplyExact(Long.parseLong(value.substring(0, value.length() - 2)), 1024L * 1024);
            }
            if (value.endsWith("GB")) {
                return Math.multiplyExact(Long.parseLong(value.substring(0, value.length() - 2)), 1024L * 1024 * 1024);
            }
            if (value.endsWith("TB")) {
                return Math.multiplyExact(Long.parseLong(value.substring(0, value.length() - 2)), 1024L * 1024 * 1024 * 1024);
            }
            if (value.endsWith("B")) {
                return Long.parseLong(value.substring(0, value.length() - 1));
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw wrong(key, "a data size such as 512B, 64KB, 1MB, 2GB or 10TB");
        }
        throw wrong(key, "a data size such as 512B, 64KB, 1MB, 2GB or 10TB");
    }

    private ConfigException wrong(String key, String expected) {
        return new ConfigException("[" + section + "] " + key + " = '" + values.get(key) + "' is not " + expected);
    }
}
