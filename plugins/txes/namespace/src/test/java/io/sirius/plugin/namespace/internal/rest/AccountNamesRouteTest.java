package io.sirius.plugin.namespace.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.rest.RouteResponse;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.testkit.TestRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountNamesRouteTest {

    private static RouteResponse post(String json) {
        return new AccountNamesRoute().handle(TestRequest.json(json), RestState.build().view());
    }

    @Test
    void namesTheActiveNamespacesAliasingEachAddress() {
        // Act
        RouteResponse response = post("{\"addresses\": [\"" + RestState.TARGET.plain() + "\", \""
                + Fixtures.address(Fixtures.OWNER).pretty() + "\"]}");

        // Assert: alpha.beta and zeta alias TARGET, in ascending id order; nothing aliases the owner
        List<String> names = Fixtures.BETA.compareTo(RestState.ZETA) < 0 ? List.of("alpha.beta", "zeta")
                : List.of("zeta", "alpha.beta");
        assertEquals(RouteResponse.ok(List.of(
                Map.of("address", RestState.TARGET.toHex(), "names", names),
                Map.of("address", Fixtures.address(Fixtures.OWNER).toHex(), "names", List.of()))), response);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"publicKeys\": []} | this node answers account names by addresses only; give addresses",
        "{\"publicKeys\": [], \"addresses\": []} | publicKeys and addresses cannot both be provided",
        "{} | addresses must be an array",
        "{\"addresses\": [\"SDRVWM42\"]} | element in array addresses has an invalid format"})
    void badBodiesAreInvalidArguments(String json, String message) {
        // Act and Assert
        assertEquals(RouteResponse.invalidArgument(message), post(json));
    }
}
