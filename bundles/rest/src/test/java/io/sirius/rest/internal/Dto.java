package io.sirius.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/**
 * Checks JSON against the DTO field lists of spec/rest-surface.md, as the SDK deserializes them: UInt64 as
 * {@code [low32, high32]} arrays of unsigned 32-bit numbers, keys, hashes and signatures as upper-case hex, addresses
 * inside JSON as 50 hex digits.
 */
final class Dto {
    private static final Pattern UPPER_HEX = Pattern.compile("([0-9A-F]{2})*");

    private Dto() {
    }

    /**
     * @param root a JSON document
     * @param fields {@code path:kind} pairs, the path dotted ({@code meta.hash}), the kind one of u64, hash, key,
     *     signature, address, hex, int, string, array, object, boolean
     */
    static void assertShape(JsonNode root, String... fields) {
        for (String field : fields) {
            int colon = field.lastIndexOf(':');
            String path = field.substring(0, colon);
            String kind = field.substring(colon + 1);
            JsonNode node = at(root, path);
            assertNotNull(node, () -> "missing " + path + " in " + root);
            String where = path + " = " + node;
            switch (kind) {
                case "u64" -> assertU64(node, where);
                case "hash", "key" -> assertHex(node, 64, where);
                case "signature" -> assertHex(node, 128, where);
                case "address" -> assertHex(node, 50, where);
                case "hex" -> assertHex(node, -1, where);
                case "int" -> assertTrue(node.isIntegralNumber(), where + " is not a number");
                case "string" -> assertTrue(node.isTextual(), where + " is not a string");
                case "array" -> assertTrue(node.isArray(), where + " is not an array");
                case "object" -> assertTrue(node.isObject(), where + " is not an object");
                case "boolean" -> assertTrue(node.isBoolean(), where + " is not a boolean");
                default -> throw new IllegalArgumentException("unknown kind " + kind);
            }
        }
    }

    static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            if (node == null) {
                return null;
            }
            node = node.get(part);
        }
        return node;
    }

    private static void assertU64(JsonNode node, String where) {
        assertTrue(node.isArray() && node.size() == 2, where + " is not [low, high]");
        for (JsonNode half : node) {
            assertTrue(half.isIntegralNumber() && half.asLong() >= 0 && half.asLong() <= 0xFFFF_FFFFL,
                    where + " holds something other than uint32 halves");
        }
    }

    private static void assertHex(JsonNode node, int length, String where) {
        assertTrue(node.isTextual(), where + " is not a string");
        assertTrue(UPPER_HEX.matcher(node.asText()).matches(), where + " is not upper-case hex");
        if (length >= 0) {
            assertEquals(length, node.asText().length(), where + " has the wrong length");
        }
    }

    /** @return a UInt64 array's value */
    static long u64(JsonNode node) {
        assertU64(node, String.valueOf(node));
        return node.get(0).asLong() | node.get(1).asLong() << 32;
    }

    /** Asserts js-xpx-chain-rest's error body. */
    static void assertError(TestNode.Answer answer, int status, String code) {
        assertEquals(status, answer.status(), answer::toString);
        assertShape(answer.json(), "code:string", "message:string");
        assertEquals(code, answer.json().get("code").asText(), answer::toString);
        assertTrue(!answer.json().get("message").asText().isBlank(), "the message says what is wrong");
    }

    /**
     * Folds a Merkle path as the SDK's consumers would: position 1 = the sibling is on the left, 2 = on the right.
     *
     * @param leaf the leaf's hash
     * @param path the {@code merklePath} array of a merkle route's answer
     * @return the root it leads to
     */
    static io.sirius.api.model.Hash256 foldMerklePath(io.sirius.api.model.Hash256 leaf, JsonNode path) {
        io.sirius.api.model.Hash256 running = leaf;
        for (JsonNode step : path) {
            io.sirius.api.model.Hash256 sibling = io.sirius.api.model.Hash256.fromHex(step.get("hash").asText());
            running = switch (step.get("position").asInt()) {
                case 1 -> io.sirius.crypto.Hashes.sha3_256Hash(sibling.bytes(), running.bytes());
                case 2 -> io.sirius.crypto.Hashes.sha3_256Hash(running.bytes(), sibling.bytes());
                default -> throw new AssertionError("position " + step.get("position"));
            };
        }
        return running;
    }
}
