package io.sirius.plugin.locksecret.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.rest.RouteResponse;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.locksecret.internal.Fixtures;
import io.sirius.plugin.locksecret.internal.cache.SecretLockDelta;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.TestRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretLockRouteTest {

    static InMemoryState withLock() {
        InMemoryState state = Fixtures.state();
        SecretLockDelta.of(state).add(Fixtures.lock());
        return state;
    }

    /** Fixtures.lock() as SecretLockWithMeta. */
    static Map<String, Object> json() {
        Map<String, Object> lock = new java.util.LinkedHashMap<>();
        lock.put("account", Fixtures.OWNER.toHex());
        lock.put("accountAddress", "9034AAD2F65B9BC0CDC715CA0CE38BFCB6712A19A93D58ADA5");
        lock.put("mosaicId", new Uint64(0x0DC67FBE1CAD29E3L));
        lock.put("amount", new Uint64(10));
        lock.put("height", new Uint64(100));
        lock.put("status", 0);
        lock.put("hashAlgorithm", 0);
        lock.put("secret", Fixtures.SHA3_SECRET.toHex());
        lock.put("recipient", "9022D04812D05000F96C283657B0C17990932BC84926CDE64F");
        lock.put("compositeHash", Fixtures.COMPOSITE.toHex());
        return Map.of("meta", Map.of("id", Fixtures.COMPOSITE.toHex()), "lock", lock);
    }

    @Test
    void answersALockByItsCompositeHashAsSecretLockWithMeta() {
        // Act
        RouteResponse response = SecretLockRoute.descriptor().handler().handle(
                TestRequest.path("compositeHash", Fixtures.COMPOSITE.toHex().toLowerCase()), withLock().view());

        // Assert
        assertEquals(200, response.status());
        assertEquals(json(), response.body());
        assertEquals("GET", SecretLockRoute.descriptor().method());
        assertEquals("/lock/compositeHash/{compositeHash}", SecretLockRoute.descriptor().path());
    }

    @Test
    void answers404ForAnUnknownHash() {
        // Act
        String hash = Fixtures.secret(1).toHex();
        RouteResponse response = new SecretLockRoute().handle(TestRequest.path("compositeHash", hash), withLock().view());

        // Assert
        assertEquals(RouteResponse.notFound("no resource exists with id '" + hash + "'"), response);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "ABCD", "G82BB23CA288FC7816DD216544C8141745265F671283C15BDA01FA7C11EA37AA",
        "082BB23CA288FC7816DD216544C8141745265F671283C15BDA01FA7C11EA37AA00"})
    void answers409ForAHashThatDoesNotParse(String hash) {
        // Act
        RouteResponse response = new SecretLockRoute().handle(TestRequest.path("compositeHash", hash), withLock().view());

        // Assert
        assertEquals(RouteResponse.invalidArgument("compositeHash has an invalid format"), response);
    }
}
