package io.sirius.plugin.namespace.internal.rest;

import static io.sirius.plugin.namespace.internal.rest.RestState.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.rest.RouteResponse;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.testkit.TestRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountsNamespacesRouteTest {

    private static RouteResponse post(TestRequest request) {
        return new AccountsNamespacesRoute().handle(request, RestState.build().view());
    }

    private static List<String> single(String accountId) {
        return ids(new AccountNamespacesRoute().handle(TestRequest.path("accountId", accountId).query("pageSize", "100"),
                RestState.build().view()));
    }

    @Test
    void listsTheAccountsNamespacesInTheOrderTheAccountsAreGiven() {
        // Arrange
        List<String> expected = new ArrayList<>(single(Fixtures.OTHER.toHex()));
        expected.addAll(single(Fixtures.OWNER.toHex()));

        // Act
        List<String> byKeys = ids(post(TestRequest.json("{\"publicKeys\": [\"" + Fixtures.OTHER.toHex() + "\", \""
                + Fixtures.THIRD.toHex() + "\", \"" + Fixtures.OWNER.toHex() + "\"]}").query("pageSize", "100")));
        List<String> byAddresses = ids(post(TestRequest.json("{\"addresses\": [\"" + Fixtures.address(Fixtures.OTHER).plain()
                + "\", \"" + Fixtures.address(Fixtures.OWNER).plain() + "\"]}").query("pageSize", "100")));

        // Assert
        assertEquals(5, expected.size());
        assertEquals(expected, byKeys);
        assertEquals(expected, byAddresses);
    }

    @Test
    void pagesAcrossAccounts() {
        // Arrange
        List<String> all = new ArrayList<>(single(Fixtures.OTHER.toHex()));
        all.addAll(single(Fixtures.OWNER.toHex()));

        // Act
        List<String> page = ids(post(TestRequest.json("{\"publicKeys\": [\"" + Fixtures.OTHER.toHex() + "\", \""
                + Fixtures.OWNER.toHex() + "\"]}").query("id", all.get(0))));

        // Assert
        assertEquals(all.subList(1, all.size()), page);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"publicKeys\": [], \"addresses\": []} | publicKeys and addresses cannot both be provided",
        "{} | addresses must be an array",
        "{\"publicKeys\": [\"00\"]} | element in array publicKeys has an invalid format",
        "{\"addresses\": [\"SAAA\"]} | element in array addresses has an invalid format",
        "{\"addresses\": [null]} | element in array addresses has an invalid format"})
    void badBodiesAreInvalidArguments(String json, String message) {
        // Act and Assert
        assertEquals(RouteResponse.invalidArgument(message), post(TestRequest.json(json)));
    }
}
