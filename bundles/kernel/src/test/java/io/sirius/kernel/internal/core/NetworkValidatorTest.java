package io.sirius.kernel.internal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.EntityType;
import io.sirius.api.model.NetworkType;
import io.sirius.api.notification.EntityNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.kernel.internal.pipeline.CoreFixture;
import java.nio.file.Path;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An entity's network byte must be this network's.
 */
class NetworkValidatorTest {
    @TempDir
    static Path directory;
    static CoreFixture fixture;
    final NetworkValidator validator = new NetworkValidator();

    @BeforeAll
    static void open() {
        fixture = CoreFixture.open(directory);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private ResultCode validate(int networkIdentifier) {
        return validator.validate(new EntityNotification(networkIdentifier, new EntityType(0x4154), 3),
                fixture.stateless(2, 1_000));
    }

    @ParameterizedTest
    @EnumSource(NetworkType.class)
    void onlyTheNetworksOwnIdentifierPasses(NetworkType network) {
        // Arrange
        boolean own = network == CoreFixture.NETWORK;

        // Act
        ResultCode result = validate(network.identifier());

        // Assert
        assertEquals(own ? ResultCodes.SUCCESS : CoreResults.WRONG_NETWORK, result);
    }

    static Stream<Integer> neighbours() {
        int own = CoreFixture.NETWORK.identifier();
        return IntStream.of(own - 1, own + 1, 0, 0xFF, own | 0x01).boxed();
    }

    @ParameterizedTest
    @MethodSource("neighbours")
    void identifiersNextToTheNetworksAreRefused(int identifier) {
        // Act
        ResultCode result = validate(identifier);

        // Assert
        assertEquals(CoreResults.WRONG_NETWORK, result);
    }
}
