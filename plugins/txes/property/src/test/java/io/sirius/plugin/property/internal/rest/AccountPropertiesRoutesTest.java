package io.sirius.plugin.property.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.EntityType;
import io.sirius.api.rest.RouteResponse;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.property.internal.Fixtures;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.TestRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountPropertiesRoutesTest {

    /** OWNER blocks OTHER, allows only the currency and Transfer and the property type. */
    private static InMemoryState state() {
        return Fixtures.with(Fixtures.properties(Fixtures.OWNER_ADDRESS, Fixtures.addresses(true, Fixtures.OTHER_ADDRESS),
                Fixtures.mosaics(false, Fixtures.CURRENCY), Fixtures.types(false, Fixtures.TRANSFER, new EntityType(0x4350))));
    }

    /**
     * OWNER's properties as AccountPropertiesInfoDTO. Values come in Sirius's stored order, by their little-endian bytes:
     * 0x4350 (50 43) before 0x4154 (54 41).
     */
    private static Map<String, Object> json() {
        return Map.of("accountProperties", Map.of(
                "address", "9034AAD2F65B9BC0CDC715CA0CE38BFCB6712A19A93D58ADA5",
                "properties", List.of(
                        Map.of("propertyType", 0x81, "values", List.of("9022D04812D05000F96C283657B0C17990932BC84926CDE64F")),
                        Map.of("propertyType", 0x02, "values", List.of(new Uint64(0x0DC67FBE1CAD29E3L))),
                        Map.of("propertyType", 0x04, "values", List.of(0x4350, 0x4154)))));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"SA2KVUXWLON4BTOHCXFAZY4L7S3HCKQZVE6VRLNF", "SA2KVU-XWLON4-BTOHCX-FAZY4L-7S3HCK-QZVE6V-RLNF",
        "87F87AD6898E8208EF5B8A2BA5FD2566CB62C116F3480C6D6EA1E45E4C3D6E69",
        "87f87ad6898e8208ef5b8a2ba5fd2566cb62c116f3480c6d6ea1e45e4c3d6e69",
        "9034AAD2F65B9BC0CDC715CA0CE38BFCB6712A19A93D58ADA5"})
    void answersAnAccountsPropertiesByAddressOrPublicKey(String accountId) {
        // Act
        RouteResponse response = AccountPropertiesRoute.descriptor().handler().handle(TestRequest.path("accountId", accountId),
                state().view());

        // Assert
        assertEquals(RouteResponse.ok(json()), response);
        assertEquals("/account/{accountId}/properties", AccountPropertiesRoute.descriptor().path());
    }

    @Test
    void answers404ForAnAccountWithoutPropertiesAnd409ForABadId() {
        // Act + Assert
        assertEquals(RouteResponse.notFound("no resource exists with id '" + Fixtures.OTHER.toHex() + "'"),
                new AccountPropertiesRoute().handle(TestRequest.path("accountId", Fixtures.OTHER.toHex()), state().view()));
        assertEquals(RouteResponse.invalidArgument("accountId has an invalid format"),
                new AccountPropertiesRoute().handle(TestRequest.path("accountId", "SA2KVUXWLON4"), state().view()));
        assertEquals(RouteResponse.invalidArgument("accountId has an invalid format"),
                new AccountPropertiesRoute().handle(TestRequest.path("accountId", "Z".repeat(64)), state().view()));
    }

    @Test
    void answersThePropertiesOfTheAccountsThatHaveThemOnceEachInRequestOrder() {
        // Arrange
        String body = "{\"addresses\": [\"" + Fixtures.OTHER_ADDRESS.plain() + "\", \"" + Fixtures.OWNER_ADDRESS.plain()
                + "\", \"" + Fixtures.OWNER_ADDRESS.pretty() + "\"]}";
        String keys = "{\"publicKeys\": [\"" + Fixtures.OWNER.toHex() + "\", \"" + Fixtures.OTHER.toHex() + "\"]}";

        // Act + Assert
        assertEquals(RouteResponse.ok(List.of(json())),
                AccountsPropertiesRoute.descriptor().handler().handle(TestRequest.json(body), state().view()));
        assertEquals(RouteResponse.ok(List.of(json())), new AccountsPropertiesRoute().handle(TestRequest.json(keys),
                state().view()));
        assertEquals(RouteResponse.ok(List.of()), new AccountsPropertiesRoute().handle(TestRequest.json(
                "{\"addresses\": []}"), state().view()));
        assertEquals("POST", AccountsPropertiesRoute.descriptor().method());
        assertEquals("/account/properties", AccountsPropertiesRoute.descriptor().path());
    }

    @Test
    void refusesMoreAccountsThanOneRequestMayName() {
        // Arrange
        String many = "{\"addresses\": [" + String.join(",", java.util.Collections.nCopies(
                AccountsPropertiesRoute.MAX_ACCOUNTS + 1, "\"" + Fixtures.OWNER_ADDRESS.plain() + "\"")) + "]}";

        // Act + Assert
        assertEquals(RouteResponse.invalidArgument("addresses holds more than 1000 elements"),
                new AccountsPropertiesRoute().handle(TestRequest.json(many), state().view()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "[]", "{}", "{\"addresses\": \"x\"}", "{\"addresses\": [1]}", "{\"addresses\": [\"x\"]}",
        "{\"publicKeys\": [\"SA2KVUXWLON4BTOHCXFAZY4L7S3HCKQZVE6VRLNF\"]}", "{\"publicKeys\": [], \"addresses\": []}",
        "{\"addresses\": []} x", "{\"addresses\": [\"unterminated]}"})
    void answers409ForABodyThatDoesNotParse(String body) {
        // Act
        RouteResponse response = new AccountsPropertiesRoute().handle(TestRequest.json(body), state().view());

        // Assert
        assertEquals(409, response.status());
        assertEquals("InvalidArgument", ((Map<?, ?>) response.body()).get("code"));
    }
}
