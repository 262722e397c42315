package io.sirius.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sirius.api.entity.AggregateTransaction;
import io.sirius.api.entity.EntityTypes;
import io.sirius.api.entity.Transaction;
import io.sirius.api.model.Address;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Hex;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Signature;
import io.sirius.api.model.VersionField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every entry of the TypeScript SDK's golden vectors (sdk-vectors.json), byte for byte. */
class SdkVectorsTest {
    private final Ed25519 ed25519 = new Ed25519();
    private final EntitySigner signer = new EntitySigner(ed25519);

    @TestFactory
    Stream<DynamicTest> keysAndAddressesOfEveryNetwork() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, JsonNode> account : Vectors.fields(Vectors.root().path("keys"))) {
            PrivateKey privateKey = PrivateKey.fromHex(account.getValue().path("privateKey").asText());
            for (String version : List.of("v1", "v2")) {
                JsonNode expected = account.getValue().path(version);
                DerivationScheme scheme = version.equals("v1") ? DerivationScheme.ED25519_SHA3 : DerivationScheme.ED25519_SHA2;
                tests.add(DynamicTest.dynamicTest(account.getKey() + " " + version + " public key", () -> {
                    // Act
                    PublicKey publicKey = KeyPair.of(privateKey, scheme).publicKey();
                    // Assert
                    assertEquals(expected.path("publicKey").asText(), publicKey.toHex());
                }));
                for (Map.Entry<String, JsonNode> network : Vectors.fields(expected.path("addresses"))) {
                    tests.add(DynamicTest.dynamicTest(account.getKey() + " " + version + " " + network.getKey(), () -> {
                        // Arrange
                        NetworkType type = NetworkType.valueOf(network.getKey());
                        JsonNode address = network.getValue();
                        // Act
                        Address derived = Addresses.of(KeyPair.of(privateKey, scheme).publicKey(), type);
                        // Assert
                        assertEquals(Integer.decode(address.path("networkByte").asText()), type.identifier());
                        assertEquals(address.path("plain").asText(), derived.plain());
                        assertEquals(address.path("pretty").asText(), derived.pretty());
                        assertEquals(address.path("decodedHex").asText(), derived.toHex());
                        assertEquals(derived, Address.parse(address.path("pretty").asText()));
                    }));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> edgeKeys() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode edge : Vectors.root().path("edgeKeys")) {
            PrivateKey privateKey = PrivateKey.fromHex(edge.path("privateKey").asText());
            tests.add(DynamicTest.dynamicTest("edge key " + edge.path("privateKey").asText(), () -> {
                // Act
                KeyPair v1 = KeyPair.of(privateKey, DerivationScheme.ED25519_SHA3);
                KeyPair v2 = KeyPair.of(privateKey, DerivationScheme.ED25519_SHA2);
                // Assert
                assertEquals(edge.path("v1PublicKey").asText(), v1.publicKey().toHex());
                assertEquals(edge.path("v2PublicKey").asText(), v2.publicKey().toHex());
                assertEquals(edge.path("v1AddressMijinTest").asText(),
                        Addresses.of(v1.publicKey(), NetworkType.MIJIN_TEST).plain());
                assertEquals(edge.path("v2AddressMijinTest").asText(),
                        Addresses.of(v2.publicKey(), NetworkType.MIJIN_TEST).plain());
            }));
        }
        return tests.stream();
    }

    @Test
    void ids() {
        // Arrange
        JsonNode ids = Vectors.root().path("ids");
        PublicKey owner = PublicKey.fromHex(Vectors.root().path("keys").path("signer").path("v1").path("publicKey").asText());
        int nonce = (int) Long.parseLong(Hex.encode(reverse(Hex.decode(ids.path("mosaicNonceHex").asText()))), 16);
        // Act and Assert
        assertEquals(ids.path("namespaceId(prx)").asText(), Ids.namespaceId("prx").toHex().toLowerCase());
        assertEquals(ids.path("namespaceId(prx.xpx)").asText(), Ids.namespaceId("prx.xpx").toHex().toLowerCase());
        assertEquals(ids.path("namespaceId(sirius-harness)").asText(),
                Ids.namespaceId("sirius-harness").toHex().toLowerCase());
        assertEquals(42, nonce);
        assertEquals(ids.path("mosaicId(nonce=42 (2A000000 LE), owner=signer v1 pubkey)").asText(),
                Ids.mosaicId(nonce, owner).toHex().toLowerCase());
    }

    @TestFactory
    Stream<DynamicTest> transactions() {
        Hash256 generationHash = Vectors.generationHash();
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode tx : Vectors.transactions()) {
            String name = tx.path("name").asText();
            byte[] unsigned = Vectors.hex(tx.path("unsignedPayload"));
            byte[] payload = Vectors.hex(tx.path("payload"));
            DerivationScheme scheme = DerivationScheme.fromCode(tx.path("versionField").path("derivationScheme").asInt());
            KeyPair keyPair = KeyPair.of(PrivateKey.fromHex(Vectors.root().path("inputs").path("privateKey").asText()),
                    tx.path("signerAccountVersion").asInt() == 2 ? DerivationScheme.ED25519_SHA2 : scheme);

            tests.add(DynamicTest.dynamicTest(name + ": header fields and re-encoding", () -> {
                // Act
                Transaction decoded = Transaction.decode(payload);
                // Assert
                assertEquals(tx.path("size").asInt(), decoded.header().size());
                assertEquals(Integer.decode(tx.path("type").asText()), decoded.header().type().value());
                assertEquals((int) Long.parseLong(tx.path("versionField").path("uint32").asText().substring(2), 16),
                        decoded.header().version().raw());
                assertEquals(VersionField.fromRaw(decoded.header().version().raw()).scheme(), scheme.code());
                assertEquals(Long.parseLong(tx.path("maxFee").asText(), 16), decoded.header().maxFee());
                assertEquals(Long.parseLong(tx.path("deadline").asText(), 16), decoded.header().deadline().value());
                assertEquals(tx.path("signer").asText(), decoded.header().signer().toHex());
                assertEquals(tx.path("signature").asText(), decoded.header().signature().toHex());
                assertArrayEquals(payload, decoded.encode());
                assertArrayEquals(unsigned, Transaction.decode(unsigned).encode());
            }));
            if (EntityTypes.isAggregate(Transaction.decode(payload).header().type())) {
                tests.add(DynamicTest.dynamicTest(name + ": aggregate structure and re-encoding", () -> {
                    // Act
                    AggregateTransaction aggregate = AggregateTransaction.decode(payload);
                    // Assert
                    assertEquals(1, aggregate.transactions().size());
                    assertEquals(0, aggregate.cosignatures().size());
                    assertEquals(payload.length, aggregate.signedLength());
                    assertArrayEquals(payload, aggregate.encode());
                }));
            }
            tests.add(DynamicTest.dynamicTest(name + ": signing bytes", () -> {
                // Act
                byte[] signingBytes = EntityHasher.signingBytes(unsigned, generationHash);
                // Assert
                assertEquals(tx.path("signingBytes").asText(), Hex.encode(signingBytes));
            }));
            tests.add(DynamicTest.dynamicTest(name + ": signature and payload reproduced", () -> {
                // Act
                byte[] signed = signer.signTransaction(keyPair, unsigned, generationHash);
                // Assert
                assertEquals(tx.path("signature").asText(), Signature.of(signed, 4).toHex());
                assertArrayEquals(payload, signed);
            }));
            tests.add(DynamicTest.dynamicTest(name + ": hash", () -> {
                // Act
                Hash256 hash = EntityHasher.transactionHash(payload, generationHash);
                // Assert
                assertEquals(tx.path("hash").asText(), hash.toHex());
            }));
            tests.add(DynamicTest.dynamicTest(name + ": verifies, and no flipped bit does", () -> {
                // Act and Assert
                assertTrue(signer.verifyTransaction(payload, generationHash));
                for (int bit = 0; bit < 8 * (payload.length - 4); bit += 7) {
                    int at = 4 + bit / 8;
                    byte[] flipped = payload.clone();
                    flipped[at] ^= (byte) (1 << (bit % 8));
                    assertFalse(signer.verifyTransaction(flipped, generationHash), "bit " + bit + " of " + name);
                }
            }));
        }
        return tests.stream();
    }

    private static byte[] reverse(byte[] bytes) {
        byte[] out = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = bytes[bytes.length - 1 - i];
        }
        return out;
    }
}
