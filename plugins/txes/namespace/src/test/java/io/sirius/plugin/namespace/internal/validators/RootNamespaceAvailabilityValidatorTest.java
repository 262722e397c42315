package io.sirius.plugin.namespace.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Height;
import io.sirius.api.model.PublicKey;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.model.RootNamespaceNotification;
import io.sirius.plugin.namespace.state.NamespaceLifetime;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RootNamespaceAvailabilityValidatorTest {

    private static String validate(InMemoryState state, String signer, long height, long duration) {
        PublicKey key = signer.equals("owner") ? Fixtures.OWNER : signer.equals("network") ? Fixtures.NETWORK : Fixtures.OTHER;
        var result = new RootNamespaceAvailabilityValidator().validate(
                new RootNamespaceNotification(key, Fixtures.ALPHA, "alpha", new BlockDuration(duration)),
                Fixtures.context(height, state).stateful());
        return result.equals(Results.of("SUCCESS")) ? "SUCCESS" : ((NamespaceResults) result).name();
    }

    @ParameterizedTest(name = "{0} at height {1}: {2}")
    @CsvSource({
        // alpha is the owner's, active for [10, 110), in its grace period until 134
        "owner, 50, SUCCESS",
        "other, 50, OWNER_CONFLICT",
        "other, 109, OWNER_CONFLICT",
        "other, 110, OWNER_CONFLICT",
        "other, 133, OWNER_CONFLICT",
        "other, 134, SUCCESS",
        "other, 500, SUCCESS",
        "owner, 110, SUCCESS",
        "owner, 134, SUCCESS"})
    void onlyTheOwnerUntilTheGracePeriodEndsThenAnyone(String signer, long height, String expected) {
        // Arrange
        InMemoryState state = Fixtures.state();
        Fixtures.withAlphaTree(state);

        // Act and Assert
        assertEquals(expected, validate(state, signer, height, 50));
    }

    @Test
    void aNewNameIsFreeForAnyone() {
        // Act and Assert
        assertEquals("SUCCESS", validate(Fixtures.state(), "other", 50, 50));
    }

    @Test
    void onlyTheNetworkAsksForEverAndNobodyRenewsAnEternalRoot() {
        // Arrange
        InMemoryState state = Fixtures.state();
        Fixtures.withAlphaTree(state);
        InMemoryState eternal = Fixtures.state();
        NamespaceDelta.of(eternal).put(Fixtures.root("alpha", Fixtures.OWNER, 1, 2).withLifetime(
                NamespaceLifetime.of(new Height(1), new BlockDuration(0), new BlockDuration(0)), false));

        // Act and Assert: an eternal request by anyone but the network, at any height
        assertEquals("INVALID_DURATION", validate(state, "owner", 50, 0));
        assertEquals("INVALID_DURATION", validate(state, "owner", 1, 0));
        assertEquals("OWNER_CONFLICT", validate(state, "network", 50, 0));
        assertEquals("SUCCESS", validate(state, "network", 134, 0));
        assertEquals("INVALID_DURATION", validate(eternal, "owner", 50, 10));
        assertEquals("INVALID_DURATION", validate(eternal, "network", 1, 10));
    }
}
