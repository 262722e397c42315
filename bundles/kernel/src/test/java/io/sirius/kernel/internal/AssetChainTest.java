package io.sirius.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Hex;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.Timestamp;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.crypto.Addresses;
import io.sirius.crypto.Ids;
import io.sirius.crypto.KeyPair;
import io.sirius.crypto.PrivateKey;
import io.sirius.kernel.devnet.AssetPayloads;
import io.sirius.kernel.internal.chain.BlockProcessor;
import io.sirius.kernel.internal.pipeline.Environment;
import io.sirius.kernel.internal.pipeline.Participants;
import io.sirius.kernel.internal.mempool.UnconfirmedPool;
import io.sirius.plugin.mosaic.model.MosaicCache;
import io.sirius.plugin.mosaic.model.MosaicEntry;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole chains with every asset plugin: the devnet nemesis block a Sirius network would have (the currency defined,
 * issued and aliased as {@code prx.xpx}), and the TypeScript SDK's signed golden vectors accepted end to end.
 */
class AssetChainTest {
    private static final long INITIAL_SUPPLY = 9_000_000_000_000_000L;

    @TempDir
    Path directory;

    @Test
    void theNemesisBlockDefinesIssuesAndAliasesTheCurrency() throws Exception {
        try (TestNetwork network = TestNetwork.createWithAssets(directory.resolve("a"), 100_000_000L, null, List.of())) {
            // Arrange
            MosaicId currency = network.identity.currencyMosaicId();
            var view = network.chain.state().view();
            Environment environment = network.chain.processor().environment(2, network.clock + 1, view);

            // Act
            MosaicEntry entry = view.cache(MosaicCache.DESCRIPTOR).find(currency).orElseThrow();
            var resolved = Participants.resolvers(environment, view)
                    .resolve(new UnresolvedMosaicId(Ids.namespaceId("prx.xpx").value()));

            // Assert
            assertEquals(network.genesis.nemesis().publicKey(), entry.definition().owner());
            assertEquals(INITIAL_SUPPLY, entry.supply().value());
            assertEquals(6, entry.definition().properties().divisibility());
            assertEquals(currency, resolved.orElseThrow(), "prx.xpx stands for the currency");
            long funded = 1_000_000_000_000_000L + 2 * 1_000_000_000_000L;
            assertEquals(INITIAL_SUPPLY - funded, network.balance(network.address(network.genesis.nemesis())));
        }
    }

    @Test
    void aTransferOfPrxXpxMovesTheCurrency() throws Exception {
        try (TestNetwork network = TestNetwork.createWithAssets(directory.resolve("a"), 100_000_000L, null, List.of())) {
            // Arrange: the alias where the mosaic id goes
            KeyPair alice = network.funded.get(0);
            Address bob = network.address(network.funded.get(1));
            byte[] payload = io.sirius.kernel.devnet.TransferPayloads.transfer(NetworkType.MIJIN_TEST, alice, bob,
                    new MosaicId(Ids.namespaceId("prx.xpx").value()), new Amount(7_000), new byte[0], 0,
                    new Timestamp(network.clock + 3_600_000), network.identity.generationHash(), network.signer);

            // Act
            UnconfirmedPool.Submitted submitted = network.pool.submit(payload);
            network.harvest();

            // Assert
            assertTrue(submitted.accepted(), String.valueOf(submitted.rejection()));
            assertEquals(1_000_000_000_000L + 7_000, network.balance(bob));
        }
    }

    @Test
    void theSdksSignedVectorsAreAcceptedEndToEnd() throws Exception {
        // Arrange: the vectors' network (generation hash), their signers funded, the clock two hours before their deadline
        JsonNode vectors = vectors();
        Hash256 generationHash = Hash256.fromHex(vectors.get("inputs").get("generationHash").asText());
        long deadline = vectors.get("inputs").get("deadlineMs").asLong();
        PrivateKey key = PrivateKey.fromHex(vectors.get("inputs").get("privateKey").asText());
        KeyPair v1 = KeyPair.of(key, DerivationScheme.ED25519_SHA3);
        KeyPair v2 = KeyPair.of(PrivateKey.fromHex(vectors.get("inputs").get("privateKey").asText()),
                DerivationScheme.ED25519_SHA2);
        Map<String, byte[]> payloads = new LinkedHashMap<>();
        for (JsonNode t : vectors.get("transactions")) {
            payloads.put(t.get("name").asText(), Hex.decode(t.get("payload").asText()));
        }
        try (TestNetwork network = TestNetwork.createWithAssets(directory.resolve("a"), deadline - 7_200_000, generationHash,
                List.of(v1.publicKey(), v2.publicKey()))) {
            MosaicId vectorMosaic = Ids.mosaicId(42, v1.publicKey());
            byte[] supply = new AssetPayloads(NetworkType.MIJIN_TEST, v1, new Timestamp(deadline), generationHash,
                    network.signer).supplyChange(vectorMosaic, true, new Amount(1_000_000));
            List<byte[]> announced = new ArrayList<>(List.of(payloads.get("register_root_namespace_v1"),
                    payloads.get("register_sub_namespace_v1"), payloads.get("mosaic_definition_v1"), supply,
                    payloads.get("transfer_plain_message_xpx_v1"), payloads.get("transfer_plain_message_xpx_preV2"),
                    payloads.get("transfer_plain_message_xpx_v2"), payloads.get("transfer_mosaic_id_no_message_v1")));

            // Act
            List<UnconfirmedPool.Submitted> outcomes = new ArrayList<>();
            for (byte[] payload : announced) {
                outcomes.add(network.pool.submit(payload));
            }
            BlockProcessor.Built block = network.harvest();

            // Assert
            for (int i = 0; i < outcomes.size(); i++) {
                assertTrue(outcomes.get(i).accepted(), i + ": " + outcomes.get(i).rejection());
            }
            assertEquals(announced.size(), block.block().transactions().size(), "dropped: " + block.dropped());
            Address recipient = Addresses.of(KeyPair.of(PrivateKey.fromHex(vectors.get("inputs").get("recipientPrivateKey")
                    .asText()), DerivationScheme.ED25519_SHA3).publicKey(), NetworkType.MIJIN_TEST);
            assertEquals(3_000_000, network.balance(recipient), "three transfers of 1 prx.xpx");
            long vectorMosaicBalance = network.chain.state().view().cache(io.sirius.api.account.AccountStateCache.DESCRIPTOR)
                    .find(recipient).orElseThrow().balance(vectorMosaic).value();
            assertEquals(12_345, vectorMosaicBalance);
            var view = network.chain.state().view();
            Environment environment = network.chain.processor().environment(3, network.clock + 1, view);
            assertTrue(Participants.resolvers(environment, view).resolve(new UnresolvedMosaicId(
                    Ids.namespaceId("prx.xpx").value())).isPresent());
        }
    }

    private static JsonNode vectors() throws Exception {
        try (InputStream in = AssetChainTest.class.getResourceAsStream("/vectors/sdk-vectors.json")) {
            return new ObjectMapper().readTree(in);
        }
    }
}
