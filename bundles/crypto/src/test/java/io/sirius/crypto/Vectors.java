package io.sirius.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Hex;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The golden vectors of the official TypeScript SDK, from the test resources. */
final class Vectors {
    private static final JsonNode ROOT = load();

    private Vectors() {
    }

    static JsonNode root() {
        return ROOT;
    }

    static Hash256 generationHash() {
        return Hash256.fromHex(ROOT.path("inputs").path("generationHash").asText());
    }

    static List<JsonNode> transactions() {
        List<JsonNode> out = new ArrayList<>();
        ROOT.path("transactions").forEach(out::add);
        return out;
    }

    static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    static byte[] hex(JsonNode node) {
        return Hex.decode(node.asText());
    }

    private static JsonNode load() {
        try (InputStream in = Vectors.class.getResourceAsStream("/vectors/sdk-vectors.json")) {
            if (in == null) {
                throw new IllegalStateException("vectors/sdk-vectors.json is missing from the test resources");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
