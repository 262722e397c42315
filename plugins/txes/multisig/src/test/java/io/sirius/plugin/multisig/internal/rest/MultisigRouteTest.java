package io.sirius.plugin.multisig.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.Height;
import io.sirius.api.model.PublicKey;
import io.sirius.api.rest.RouteResponse;
import io.sirius.plugin.multisig.internal.Fixtures;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.TestRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MultisigRouteTest {
    /** Account 1 is a 2-of-3 (removal 1) multisig of 2, 3 and 4; 2 is itself a 1-of-1 multisig of 5. */
    private static final InMemoryState STATE = known(Fixtures.graph().multisig(1, 2, 1, 4, 3, 2).multisig(2, 1, 1, 5)
            .state(), 1, 5);

    private static InMemoryState known(InMemoryState state, int... accounts) {
        for (int n : accounts) {
            PublicKey key = Fixtures.key(n);
            state.cache(AccountStateCache.DESCRIPTOR).put(Fixtures.address(key),
                    AccountState.create(Fixtures.address(key), new Height(1)).withPublicKey(key, new Height(1)));
        }
        return state;
    }

    private static RouteResponse get(String accountId) {
        return MultisigRoute.descriptor().handler().handle(TestRequest.path("accountId", accountId), STATE.view());
    }

    private static String hex(int n) {
        return Fixtures.key(n).toHex();
    }

    @Test
    void showsAMultisigAccountAsTheSdkReadsIt() {
        // Act
        RouteResponse response = get(hex(1));

        // Assert
        assertEquals(200, response.status());
        assertEquals(Map.of("multisig", Map.of(
                "account", hex(1),
                "accountAddress", Fixtures.address(Fixtures.key(1)).toHex(),
                "minApproval", 2,
                "minRemoval", 1,
                "cosignatories", List.of(hex(2), hex(3), hex(4)),
                "multisigAccounts", List.of())), response.body());
        assertEquals("GET", MultisigRoute.descriptor().method());
        assertEquals("/account/{accountId}/multisig", MultisigRoute.descriptor().path());
    }

    @Test
    void showsACosignatoryThatIsBothMultisigAndCosigner() {
        // Act
        RouteResponse response = get(hex(2));

        // Assert
        assertEquals(Map.of("multisig", Map.of(
                "account", hex(2),
                "accountAddress", Fixtures.address(Fixtures.key(2)).toHex(),
                "minApproval", 1,
                "minRemoval", 1,
                "cosignatories", List.of(hex(5)),
                "multisigAccounts", List.of(hex(1)))), response.body());
    }

    @Test
    void findsAnAccountByItsAddressThroughTheAccountState() {
        // Act: account 5 is known by its key, so its address leads to its entry: base32, dashed or 50 hex digits alike
        RouteResponse plain = get(Fixtures.address(Fixtures.key(5)).plain());
        RouteResponse pretty = get(Fixtures.address(Fixtures.key(5)).pretty().toLowerCase());
        RouteResponse hexAddress = get(Fixtures.address(Fixtures.key(5)).toHex());

        // Assert
        assertEquals(200, plain.status());
        assertEquals(get(hex(5)).body(), plain.body());
        assertEquals(plain.body(), pretty.body());
        assertEquals(plain.body(), hexAddress.body());
    }

    @Test
    void answers404ForAnAccountOutsideTheGraphOrAnAddressWithoutAKnownKey() {
        // Act: account 9 is unknown; account 3 is a cosignatory whose key the account state does not hold
        RouteResponse unknown = get(hex(9));
        RouteResponse noKey = get(Fixtures.address(Fixtures.key(3)).plain());

        // Assert
        assertEquals(RouteResponse.notFound("no resource exists with id '" + hex(9) + "'"), unknown);
        assertEquals(404, noKey.status());
    }

    @ParameterizedTest(name = "accountId \"{0}\"")
    @ValueSource(strings = {"", "01", "SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "0101010101010101010101010101010101010101010101010101010101010G01"})
    void answers409ForAnAccountIdThatDoesNotParse(String accountId) {
        // Act
        RouteResponse response = get(accountId);

        // Assert
        assertEquals(RouteResponse.invalidArgument("accountId has an invalid format"), response);
    }

    @Test
    void keysAreAsciiHexOnly() {
        // Arrange: Arabic-Indic digits, which Java's digit parsing would take
        String accountId = "\u0661".repeat(64);

        // Act
        RouteResponse response = get(accountId);

        // Assert
        assertEquals(RouteResponse.invalidArgument("accountId has an invalid format"), response);
    }
}
