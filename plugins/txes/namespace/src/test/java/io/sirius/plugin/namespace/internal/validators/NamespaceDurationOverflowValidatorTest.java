package io.sirius.plugin.namespace.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Height;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.model.RootNamespaceNotification;
import io.sirius.plugin.namespace.state.NamespaceLifetime;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamespaceDurationOverflowValidatorTest {

    private static String validate(InMemoryState state, String height, String duration) {
        var result = new NamespaceDurationOverflowValidator().validate(
                new RootNamespaceNotification(Fixtures.OWNER, Fixtures.ALPHA, "alpha",
                        new BlockDuration(Long.parseUnsignedLong(duration))),
                Fixtures.context(0, state).height(new Height(Long.parseUnsignedLong(height))).stateful());
        return result.equals(Results.of("SUCCESS")) ? "SUCCESS" : ((NamespaceResults) result).name();
    }

    @ParameterizedTest(name = "renewal at {0} by {1}: {2}")
    @CsvSource({
        // alpha ends at 110; a renewal may reach height + maxNamespaceDuration (240) + grace (24) = height + 264
        "50, 204, SUCCESS",
        "50, 205, INVALID_DURATION",
        "109, 263, SUCCESS",
        "109, 264, INVALID_DURATION",
        // in the grace period the same bound holds
        "133, 287, SUCCESS",
        "133, 288, INVALID_DURATION",
        // after the grace period it is a new registration: only the sum with the height is checked here
        "134, 100000, SUCCESS"})
    void aRenewalStaysWithinTheMaximumLifetimeFromNow(String height, String duration, String expected) {
        // Arrange
        InMemoryState state = Fixtures.state();
        Fixtures.withAlphaTree(state);

        // Act and Assert
        assertEquals(expected, validate(state, height, duration));
    }

    @ParameterizedTest(name = "new root at {0} for {1}: {2}")
    @CsvSource({"10, 18446744073709551605, SUCCESS", "10, 18446744073709551606, INVALID_DURATION",
        "18446744073709551615, 1, INVALID_DURATION", "18446744073709551615, 0, SUCCESS"})
    void theEndMustNotPassTheLargestHeight(String height, String duration, String expected) {
        // Act and Assert
        assertEquals(expected, validate(Fixtures.state(), height, duration));
    }

    @Test
    void aRenewalMustNotOverflowTheCurrentEnd() {
        // Arrange: alpha active until 2^64 - 5
        InMemoryState state = Fixtures.state();
        NamespaceDelta.of(state).put(Fixtures.root("alpha", Fixtures.OWNER, 10, 110)
                .withLifetime(new NamespaceLifetime(new Height(10), new Height(-5L), new Height(-1L)), false));

        // Act and Assert
        assertEquals("INVALID_DURATION", validate(state, "50", "5"));
        assertEquals("INVALID_DURATION", validate(state, "50", "1"));
    }
}
