package io.sirius.plugin.namespace.internal.rest;

import static io.sirius.plugin.namespace.internal.rest.RestState.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.NamespaceId;
import io.sirius.api.rest.RouteResponse;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.model.NamespaceIds;
import io.sirius.plugin.namespace.state.NamespaceIdSet;
import io.sirius.plugin.namespace.state.RootNamespace;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.TestRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountNamespacesRouteTest {

    private static RouteResponse get(TestRequest request, InMemoryState state) {
        return new AccountNamespacesRoute().handle(request, state.view());
    }

    /** The owner's roots in ascending id order, each followed by its children in ascending id order. */
    private static List<String> ownersList() {
        List<NamespaceId> roots = NamespaceIdSet.of(List.of(Fixtures.ALPHA, RestState.OLD)).ids();
        List<String> expected = new ArrayList<>();
        for (NamespaceId root : roots) {
            expected.add(root.toHex());
            if (root.equals(Fixtures.ALPHA)) {
                NamespaceIdSet.of(List.of(Fixtures.BETA, Fixtures.GAMMA)).ids().forEach(id -> expected.add(id.toHex()));
            }
        }
        return expected;
    }

    @Test
    void listsTheNamespacesOfAnAccountGivenByKeyOrAddress() {
        // Arrange
        InMemoryState state = RestState.build();

        // Act
        List<String> byKey = ids(get(TestRequest.path("accountId", Fixtures.OWNER.toHex()), state));
        List<String> byAddress = ids(get(TestRequest.path("accountId", Fixtures.address(Fixtures.OWNER).plain()), state));
        List<String> byPrettyAddress = ids(get(TestRequest.path("accountId", Fixtures.address(Fixtures.OTHER).pretty()), state));
        List<String> byHexAddress = ids(get(TestRequest.path("accountId", Fixtures.address(Fixtures.OWNER).toHex()), state));

        // Assert
        assertEquals(ownersList(), byKey);
        assertEquals(ownersList(), byAddress);
        assertEquals(List.of(RestState.ZETA.toHex()), byPrettyAddress);
        assertEquals(ownersList(), byHexAddress);
    }

    @Test
    void anAccountThatOwnsNothingHasAnEmptyList() {
        // Act and Assert
        assertEquals(List.of(), ids(get(TestRequest.path("accountId", Fixtures.THIRD.toHex()), RestState.build())));
        assertEquals(List.of(), ids(get(TestRequest.path("accountId", Fixtures.address(Fixtures.THIRD).plain()),
                RestState.build())));
    }

    @ParameterizedTest(name = "pageSize {0}, after {1}: {2} items from {3}")
    @CsvSource(nullValues = "NONE", value = {
        "NONE, NONE, 20, 0",
        "5, NONE, 10, 0",
        "10, NONE, 10, 0",
        "11, NONE, 11, 0",
        "100, NONE, 25, 0",
        "1000, NONE, 25, 0",
        "10, 9, 10, 10",
        "10, 19, 5, 20",
        "10, 24, 0, 25"})
    void pagesAreClampedAndStartAfterTheGivenId(String pageSize, String after, int count, int from) {
        // Arrange: one root with 24 children (more than maxChildNamespaces allows, but the route does not care)
        InMemoryState state = Fixtures.state();
        NamespaceDelta delta = NamespaceDelta.of(state);
        RootNamespace root = Fixtures.root("big", Fixtures.OWNER, 10, 110);
        for (int i = 0; i < 24; i++) {
            var child = Fixtures.child(List.of(root.id()), "c" + i);
            delta.put(child);
            root = root.withChildren(root.children().with(child.id()));
        }
        delta.put(root);
        delta.addOwned(Fixtures.OWNER, Fixtures.address(Fixtures.OWNER), root.id());
        List<String> all = new ArrayList<>();
        all.add(root.id().toHex());
        root.children().ids().forEach(id -> all.add(id.toHex()));
        TestRequest request = TestRequest.path("accountId", Fixtures.OWNER.toHex());
        if (pageSize != null) {
            request = request.query("pageSize", pageSize);
        }
        if (after != null) {
            request = request.query("id", all.get(Integer.parseInt(after)).toLowerCase());
        }

        // Act
        List<String> page = ids(get(request, state));

        // Assert
        assertEquals(all.subList(from, from + count), page);
    }

    @Test
    void anUnknownPagingIdGivesAnEmptyPage() {
        // Act and Assert
        assertEquals(List.of(), ids(get(TestRequest.path("accountId", Fixtures.OWNER.toHex())
                .query("id", NamespaceIds.root("nowhere").toHex()), RestState.build())));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"accountId, NOTANADDRESS, accountId has an invalid format",
        "accountId, 817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E11Z, accountId has an invalid format",
        "accountId, 817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E11\uFF11, accountId has an invalid format",
        "pageSize, ten, pageSize has an invalid format",
        "id, 12, id has an invalid format",
        "id, 0123456789ABCDEG, id has an invalid format"})
    void unparsableArgumentsAreInvalid(String name, String value, String message) {
        // Arrange
        TestRequest request = name.equals("accountId")
                ? TestRequest.path("accountId", value)
                : TestRequest.path("accountId", Fixtures.OWNER.toHex()).query(name, value);

        // Act and Assert
        assertEquals(RouteResponse.invalidArgument(message), get(request, RestState.build()));
    }
}
