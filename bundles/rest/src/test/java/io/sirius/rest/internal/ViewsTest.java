package io.sirius.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Hex;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.rest.TransactionJson;
import io.sirius.kernel.PluginContributions;
import io.sirius.plugin.testkit.RecordingRegistrar;
import io.sirius.plugin.transfer.internal.plugin.TransferPlugin;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Transaction JSON as js-xpx-chain-rest shows it, from the SDK's own signed vectors.
 */
class ViewsTest {
    private static JsonNode vectors;
    private static Hash256 generationHash;
    private final Json json = new Json();

    /** The transfer plugin's contributions, as the kernel would hand them over. */
    private static final PluginContributions TRANSFER = new PluginContributions() {
        private final RecordingRegistrar registrar = registered();

        private RecordingRegistrar registered() {
            RecordingRegistrar r = new RecordingRegistrar();
            new TransferPlugin().register(r);
            return r;
        }

        @Override
        public List<RouteDescriptor> routes() {
            return List.of();
        }

        @Override
        public Optional<TransactionDescriptor<?>> transaction(EntityType type) {
            return registrar.transactions().stream().filter(d -> d.type().equals(type)).findFirst();
        }

        @Override
        public Optional<TransactionJson<?>> transactionJson(EntityType type) {
            return Optional.ofNullable(registrar.transactionJson().get(type));
        }
    };

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = ViewsTest.class.getResourceAsStream("/vectors/sdk-vectors.json")) {
            vectors = new ObjectMapper().readTree(in);
        }
        generationHash = Hash256.fromHex(vectors.get("inputs").get("generationHash").asText());
    }

    private static JsonNode vector(String name) {
        for (JsonNode t : vectors.get("transactions")) {
            if (t.get("name").asText().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private JsonNode show(String name, long height) throws Exception {
        JsonNode v = vector(name);
        byte[] payload = Hex.decode(v.get("payload").asText());
        Hash256 hash = Hash256.fromHex(v.get("hash").asText());
        return new ObjectMapper().readTree(json.write(Views.transactionInfo(payload, hash,
                Views.merkleComponentHash(payload, hash), height, 3, TRANSFER, generationHash)));
    }

    @Test
    void aTransferShowsItsHeaderAsUint32AndItsPluginsFields() throws Exception {
        // Act
        JsonNode info = show("transfer_plain_message_xpx_v1", 7);

        // Assert
        JsonNode t = info.get("transaction");
        assertEquals(0x90010003L, t.get("version").asLong(), "the version is a uint32, never negative");
        assertEquals(0x4154, t.get("type").asInt());
        assertEquals("[7,0]", info.get("meta").get("height").toString());
        assertEquals(vector("transfer_plain_message_xpx_v1").get("hash").asText(), info.get("meta").get("hash").asText());
        assertEquals(info.get("meta").get("hash"), info.get("meta").get("merkleComponentHash"));
        assertEquals(1, t.get("mosaics").size());
        assertFalse(t.has("transactions"));
    }

    @Test
    void anAggregateShowsItsEmbeddedTransactionsWithAggregateMetaAndItsCosignatures() throws Exception {
        // Act
        JsonNode info = show("aggregate_complete_v2type_one_transfer_v1", 7);

        // Assert
        JsonNode t = info.get("transaction");
        assertEquals(0x4341, t.get("type").asInt());
        assertEquals(1, t.get("transactions").size());
        JsonNode inner = t.get("transactions").get(0);
        assertEquals(info.get("meta").get("hash"), inner.get("meta").get("aggregateHash"));
        assertEquals(info.get("meta").get("id"), inner.get("meta").get("aggregateId"));
        assertEquals(0, inner.get("meta").get("index").asInt());
        assertEquals(64, inner.get("meta").get("uniqueAggregateHash").asText().length());
        assertEquals(0x4154, inner.get("transaction").get("type").asInt());
        assertEquals(vector("aggregate_complete_v2type_one_transfer_v1").get("signer").asText(),
                inner.get("transaction").get("signer").asText());
        assertEquals(1, inner.get("transaction").get("mosaics").size(), "the embedded transfer's own fields");
        assertFalse(inner.get("transaction").has("deadline"), "the SDK takes deadline and fee from the aggregate");
        assertEquals(0, t.get("cosignatures").size());
    }
}
