package io.sirius.rest.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.sirius.api.rest.Uint64;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * JSON in and out: plain values, with {@link Uint64} written as {@code [low32, high32]}. Parsing refuses duplicate
 * keys, anything after the document and nesting deeper than a request needs.
 */
final class Json {
    private static final int MAX_DEPTH = 16;
    private final ObjectMapper mapper = new ObjectMapper();

    Json() {
        SimpleModule module = new SimpleModule("sirius");
        module.addSerializer(Uint64.class, new StdSerializer<>(Uint64.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(Uint64 value, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeStartArray();
                out.writeNumber(value.low());
                out.writeNumber(value.high());
                out.writeEndArray();
            }
        });
        mapper.registerModule(module);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a response could not be written as JSON", e);
        }
    }

    String writeString(Object value) {
        return new String(write(value), StandardCharsets.UTF_8);
    }

    /**
     * @param body request bytes
     * @return the JSON document
     * @throws ApiException 409 if the body is not JSON or nests too deeply
     */
    JsonNode read(byte[] body) {
        if (body.length == 0) {
            throw ApiException.invalid("the request needs a JSON body");
        }
        JsonNode node;
        try {
            node = mapper.readTree(body);
        } catch (IOException e) {
            throw ApiException.invalid("the body is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (node == null || depth(node) > MAX_DEPTH) {
            throw ApiException.invalid("the body is not a JSON document of a sensible shape");
        }
        return node;
    }

    private static int depth(JsonNode node) {
        int deepest = 0;
        for (JsonNode child : node) {
            deepest = Math.max(deepest, depth(child));
        }
        return deepest + 1;
    }
}
