package io.sirius.plugin.namespace.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.rest.RouteResponse;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.testkit.TestRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NamespaceRouteTest {

    private static RouteResponse get(String id) {
        return new NamespaceRoute().handle(TestRequest.path("namespaceId", id), RestState.build().view());
    }

    @Test
    void showsARootAsTheSdkReadsIt() {
        // Act
        RouteResponse response = get(Fixtures.ALPHA.toHex());

        // Assert
        Map<String, Object> namespace = new LinkedHashMap<>();
        namespace.put("type", 0);
        namespace.put("depth", 1);
        namespace.put("level0", new Uint64(Fixtures.ALPHA.value()));
        namespace.put("alias", Map.of("type", 1, "mosaicId", new Uint64(RestState.MOSAIC.value())));
        namespace.put("parentId", new Uint64(0));
        namespace.put("owner", Fixtures.OWNER.toHex());
        namespace.put("ownerAddress", Fixtures.address(Fixtures.OWNER).toHex());
        namespace.put("startHeight", new Uint64(10));
        namespace.put("endHeight", new Uint64(110));
        assertEquals(RouteResponse.ok(Map.of(
                "meta", Map.of("active", true, "index", 1, "id", Fixtures.ALPHA.toHex()),
                "namespace", namespace)), response);
    }

    @Test
    void showsAChildWithItsLevelsParentAndRootsLifetime() {
        // Act
        RouteResponse beta = get(Fixtures.BETA.toHex());
        RouteResponse gamma = get(Fixtures.GAMMA.toHex().toLowerCase());

        // Assert
        @SuppressWarnings("unchecked")
        Map<String, Object> betaNamespace = (Map<String, Object>) ((Map<String, Object>) beta.body()).get("namespace");
        @SuppressWarnings("unchecked")
        Map<String, Object> gammaNamespace = (Map<String, Object>) ((Map<String, Object>) gamma.body()).get("namespace");
        assertEquals(200, gamma.status());
        assertEquals(Map.of("type", 2, "address", RestState.TARGET.toHex()), betaNamespace.get("alias"));
        assertEquals(1, gammaNamespace.get("type"));
        assertEquals(3, gammaNamespace.get("depth"));
        assertEquals(new Uint64(Fixtures.ALPHA.value()), gammaNamespace.get("level0"));
        assertEquals(new Uint64(Fixtures.BETA.value()), gammaNamespace.get("level1"));
        assertEquals(new Uint64(Fixtures.GAMMA.value()), gammaNamespace.get("level2"));
        assertEquals(new Uint64(Fixtures.BETA.value()), gammaNamespace.get("parentId"));
        assertEquals(Map.of("type", 0), gammaNamespace.get("alias"));
        assertEquals(new Uint64(110), gammaNamespace.get("endHeight"));
    }

    @Test
    void anExpiredNamespaceIsShownInactive() {
        // Act
        RouteResponse response = get(RestState.OLD.toHex());

        // Assert
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = (Map<String, Object>) ((Map<String, Object>) response.body()).get("meta");
        assertEquals(false, meta.get("active"));
        assertEquals(0, meta.get("index"));
    }

    @Test
    void anUnknownIdIsNotFound() {
        // Act and Assert
        assertEquals(RouteResponse.notFound("no resource exists with id '0123456789ABCDEF'"), get("0123456789ABCDEF"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "ABC", "0123456789ABCDE", "0123456789ABCDEF0", "0123456789ABCDEG", "-123456789ABCDEF",
        "+123456789ABCDEF", "0123456789ABCDE\uFF11", "0123456789ABCDE\u0661"})
    void anIdThatIsNotSixteenHexDigitsIsAnInvalidArgument(String id) {
        // Act and Assert
        assertEquals(RouteResponse.invalidArgument("namespaceId has an invalid format"), get(id));
    }
}
