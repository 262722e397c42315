package io.sirius.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.sirius.api.model.Address;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.PublicKey;
import io.sirius.crypto.Addresses;
import io.sirius.crypto.Ids;
import io.sirius.crypto.KeyPair;
import io.sirius.crypto.PrivateKey;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code GET /account/{accountId}} and {@code POST /account} on a real node ({@link TestNode}): balances after the
 * history's transfers, public keys known from the first transaction an account signed, ids in every form the SDK
 * and wallets use.
 */
class AccountRoutesTest {
    @TempDir
    static Path directory;
    static TestNode node;

    @BeforeAll
    static void start() throws Exception {
        node = TestNode.start(directory);
    }

    @AfterAll
    static void stop() throws Exception {
        node.close();
    }

    private static JsonNode account(String id) {
        TestNode.Answer answer = node.get("/account/" + id);
        assertEquals(200, answer.status(), answer::toString);
        Dto.assertShape(answer.json(), "meta:object", "account.address:address", "account.addressHeight:u64",
                "account.publicKey:key", "account.publicKeyHeight:u64", "account.mosaics:array", "account.accountType:int",
                "account.linkedAccountKey:key");
        answer.json().get("account").get("mosaics").forEach(m -> Dto.assertShape(m, "id:u64", "amount:u64"));
        return answer.json().get("account");
    }

    /** @return the account's balances by mosaic id */
    private static Map<Long, Long> balances(JsonNode account) {
        Map<Long, Long> out = new LinkedHashMap<>();
        account.get("mosaics").forEach(m -> out.put(Dto.u64(m.get("id")), Dto.u64(m.get("amount"))));
        return out;
    }

    @Test
    void anAccountShowsItsAddressKeyHeightsAndBalances() {
        // Act
        JsonNode alice = account(TestNode.address(node.alice()).plain());

        // Assert: funded in the nemesis block, first signed in block 3, paid 1 + ... + 25 to bob and 5 to carol
        assertEquals(TestNode.address(node.alice()).toHex(), alice.get("address").asText());
        assertEquals(1, Dto.u64(alice.get("addressHeight")));
        assertEquals(node.alice().publicKey().toHex(), alice.get("publicKey").asText());
        assertEquals(3, Dto.u64(alice.get("publicKeyHeight")));
        assertEquals(0, alice.get("accountType").asInt(), "unlinked");
        assertEquals(PublicKey.ZERO.toHex(), alice.get("linkedAccountKey").asText());
        assertEquals(Map.of(node.currency().value(), TestNode.FUNDED - 325 - 5), balances(alice));
    }

    @Test
    void anAccountThatNeverSignedShowsTheZeroKeyAndBalancesFromOthers() {
        // Act
        JsonNode carol = account(TestNode.address(node.carol()).plain());

        // Assert: 77 from bob, 5 and 6 in the aggregate
        assertEquals(PublicKey.ZERO.toHex(), carol.get("publicKey").asText());
        assertEquals(0, Dto.u64(carol.get("publicKeyHeight")));
        assertEquals(Map.of(node.currency().value(), TestNode.FUNDED + 77 + 5 + 6), balances(carol));
    }

    @Test
    void mosaicsSentByAliasAreShownByTheirResolvedIds() {
        // Arrange: the vectors' recipient got three transfers of 1 prx.xpx (by alias), one through each aggregate, and
        // 12,345 of the vectors' own mosaic
        Address recipient = Addresses.of(KeyPair.of(PrivateKey.fromHex(TestNode.VECTORS.get("inputs")
                .get("recipientPrivateKey").asText()), DerivationScheme.ED25519_SHA3).publicKey(), TestNode.NETWORK);

        // Act
        Map<Long, Long> balances = balances(account(recipient.plain()));

        // Assert
        assertEquals(Map.of(node.currency().value(), 5_000_000L, Ids.mosaicId(42, TestNode.VECTOR_V1.publicKey()).value(),
                12_345L), balances);
    }

    @Test
    void anAccountIsFoundByBase32WithOrWithoutDashesByHexAndByPublicKey() {
        // Arrange
        Address bob = TestNode.address(node.bob());
        JsonNode expected = account(bob.plain());

        // Act + Assert
        assertEquals(expected, account(bob.pretty()));
        assertEquals(expected, account(bob.toHex()));
        assertEquals(expected, account(node.bob().publicKey().toHex()));
        assertEquals(expected, account(node.bob().publicKey().toHex().toLowerCase(java.util.Locale.ROOT)));
    }

    @Test
    void anUnknownAccountIsNotFound() {
        // Act
        TestNode.Answer byAddress = node.get("/account/" + TestNode.address(TestNode.randomKey()).plain());
        TestNode.Answer byKey = node.get("/account/" + TestNode.randomKey().publicKey().toHex());

        // Assert
        Dto.assertError(byAddress, 404, "ResourceNotFound");
        Dto.assertError(byKey, 404, "ResourceNotFound");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "SDRVWM42X2WGLILP2TNYCQHOSNS52TKGLD3HW4RE", "SDRVWM42X2WGLILP2TNYCQHOSNS52TKGLD3HW4R",
        "90E35B339ABEAC65A16FD4DB8140EE9365DD4D4658F67B72", "ZZE35B339ABEAC65A16FD4DB8140EE9365DD4D4658F67B7223",
        "817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E11G"})
    void aMalformedAccountIdIsAnInvalidArgument(String id) {
        // Act
        TestNode.Answer answer = node.get("/account/" + id);

        // Assert
        Dto.assertError(answer, 409, "InvalidArgument");
    }

    @Test
    void postingAddressesOrPublicKeysAnswersTheKnownAccountsInTheOrderAsked() {
        // Arrange
        String alice = TestNode.address(node.alice()).plain();
        String bob = TestNode.address(node.bob()).plain();
        String unknown = TestNode.address(TestNode.randomKey()).plain();

        // Act
        TestNode.Answer addresses = node.post("/account", "{\"addresses\":[\"" + bob + "\",\"" + unknown + "\",\"" + alice
                + "\"]}");
        TestNode.Answer keys = node.post("/account", "{\"publicKeys\":[\"" + node.alice().publicKey().toHex() + "\"]}");

        // Assert
        assertEquals(200, addresses.status(), addresses::toString);
        assertEquals(2, addresses.json().size());
        assertEquals(node.get("/account/" + bob).json(), addresses.json().get(0));
        assertEquals(node.get("/account/" + alice).json(), addresses.json().get(1));
        assertEquals(1, keys.json().size());
        assertEquals(addresses.json().get(1), keys.json().get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[]", "{}", "{\"addresses\":\"x\"}", "{\"addresses\":[1]}",
        "{\"addresses\":[\"abc\"]}", "{\"publicKeys\":[\"12\"]}", "{\"addresses\":[],\"publicKeys\":[]}"})
    void postingABadBodyIsAnInvalidArgument(String body) {
        // Act
        TestNode.Answer answer = node.post("/account", body);

        // Assert
        Dto.assertError(answer, 409, "InvalidArgument");
    }

    @Test
    void postingMoreThanAHundredAccountsIsAnInvalidArgument() {
        // Arrange
        String alice = "\"" + TestNode.address(node.alice()).plain() + "\"";
        String body = IntStream.range(0, 101).mapToObj(i -> alice).collect(Collectors.joining(",", "{\"addresses\":[", "]}"));

        // Act
        TestNode.Answer answer = node.post("/account", body);

        // Assert
        Dto.assertError(answer, 409, "InvalidArgument");
    }
}
