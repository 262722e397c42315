package io.sirius.plugin.mosaic.internal.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON reader for request bodies (RFC 8259): objects become {@code Map<String, Object>} in key order,
 * arrays {@code List<Object>}, strings {@code String}, numbers {@code BigDecimal}, {@code true}/{@code false}
 * {@code Boolean}, and {@code null} {@link #NULL}. Nesting deeper than {@value #MAX_DEPTH} levels is refused.
 *
 * <p>The plugin compiles against plugin-api alone, which hands routes the raw body, so it carries this reader rather
 * than a JSON library.
 */
final class JsonReader {
    /** What JSON {@code null} reads as (maps cannot hold Java null values reliably). */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };
    /** The deepest nesting read. */
    static final int MAX_DEPTH = 32;

    private final String text;
    private int position;

    private JsonReader(String text) {
        this.text = text;
    }

    /**
     * @param text a JSON document
     * @return its value
     * @throws IllegalArgumentException saying what is wrong and where
     */
    static Object parse(String text) {
        JsonReader reader = new JsonReader(text);
        Object value = reader.value(0);
        reader.skipWhitespace();
        if (reader.position != text.length()) {
            throw reader.error("unexpected text after the value");
        }
        return value;
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH);
        }
        skipWhitespace();
        if (position >= text.length()) {
            throw error("a value is missing");
        }
        char c = text.charAt(position);
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", NULL);
            default:
                return number();
        }
    }

    private Map<String, Object> object(int depth) {
        position++;
        Map<String, Object> out = new LinkedHashMap<>();
        skipWhitespace();
        if (peek('}')) {
            position++;
            return out;
        }
        while (true) {
            skipWhitespace();
            if (!peek('"')) {
                throw error("a key must be a string");
            }
            String key = string();
            skipWhitespace();
            expect(':');
            if (out.put(key, value(depth + 1)) != null) {
                throw error("the key '" + key + "' appears twice");
            }
            skipWhitespace();
            if (peek(',')) {
                position++;
            } else {
                expect('}');
                return out;
            }
        }
    }

    private List<Object> array(int depth) {
        position++;
        List<Object> out = new ArrayList<>();
        skipWhitespace();
        if (peek(']')) {
            position++;
            return out;
        }
        while (true) {
            out.add(value(depth + 1));
            skipWhitespace();
            if (peek(',')) {
                position++;
            } else {
                expect(']');
                return out;
            }
        }
    }

    private String string() {
        position++;
        StringBuilder out = new StringBuilder();
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw error("a control character in a string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (position >= text.length()) {
                break;
            }
            char escaped = text.charAt(position++);
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(unicode());
                default -> throw error("an unknown escape \\" + escaped);
            }
        }
        throw error("a string is not closed");
    }

    private char unicode() {
        if (position + 4 > text.length()) {
            throw error("a \\u escape needs four hex digits");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(position++), 16);
            if (digit < 0) {
                throw error("a \\u escape needs four hex digits");
            }
            value = value << 4 | digit;
        }
        return (char) value;
    }

    private BigDecimal number() {
        int start = position;
        if (peek('-')) {
            position++;
        }
        if (peek('0')) {
            position++;
        } else if (!digits()) {
            throw error("unexpected character '" + text.charAt(start) + "'");
        }
        if (peek('.')) {
            position++;
            if (!digits()) {
                throw error("a fraction needs digits");
            }
        }
        if (peek('e') || peek('E')) {
            position++;
            if (peek('+') || peek('-')) {
                position++;
            }
            if (!digits()) {
                throw error("an exponent needs digits");
            }
        }
        try {
            return new BigDecimal(text.substring(start, position));
        } catch (NumberFormatException e) {
            throw error("a number is out of range");
        }
    }

    private boolean digits() {
        int start = position;
        while (position < text.length() && text.charAt(position) >= '0' && text.charAt(position) <= '9') {
            position++;
        }
        return position > start;
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, position)) {
            throw error("unexpected character '" + text.charAt(position) + "'");
        }
        position += word.length();
        return value;
    }

    private void skipWhitespace() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            position++;
        }
    }

    private boolean peek(char c) {
        return position < text.length() && text.charAt(position) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error("'" + c + "' expected");
        }
        position++;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at offset " + position);
    }
}
