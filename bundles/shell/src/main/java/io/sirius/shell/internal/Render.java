package io.sirius.shell.internal;

import io.sirius.api.rest.Uint64;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Text forms shared by the commands: currency amounts and a plugin's transaction fields (the values its REST JSON
 * writer gives) as indented lines.
 */
final class Render {

    private Render() {
    }

    /** @return atomic units as whole currency units with six decimals, e.g. 1000.000000 */
    static String currency(long atomic) {
        return new BigDecimal(new BigInteger(Long.toUnsignedString(atomic)), 6).toPlainString();
    }

    /** Prints fields as {@code name: value}, nested maps and lists indented below their name. */
    static void fields(Map<String, Object> fields, String indent, PrintStream out) {
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            value(field.getKey(), field.getValue(), indent, out);
        }
    }

    @SuppressWarnings("unchecked")
    private static void value(String name, Object value, String indent, PrintStream out) {
        if (value instanceof Map<?, ?> map) {
            out.println(indent + name + ":");
            fields((Map<String, Object>) map, indent + "  ", out);
        } else if (value instanceof List<?> list) {
            out.println(indent + name + ": " + (list.isEmpty() ? "none" : ""));
            for (int i = 0; i < list.size(); i++) {
                value("[" + i + "]", list.get(i), indent + "  ", out);
            }
        } else if (value instanceof Uint64 u) {
            out.println(indent + name + ": " + Long.toUnsignedString(u.value()) + " (0x" + String.format("%016X", u.value()) + ")");
        } else {
            out.println(indent + name + ": " + value);
        }
    }
}
