package io.sirius.kernel.internal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.EntityType;
import io.sirius.api.notification.EntityNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.kernel.config.NetworkConfiguration;
import io.sirius.kernel.internal.pipeline.CoreFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The network config in force must list the entity's type and version.
 */
class EntityVersionValidatorTest {
    private static final int TRANSFER = 0x4154;
    private static final int CONFIG = 0x4159;
    private static final int LOCKED = 0x4148;

    @TempDir
    static Path directory;
    static CoreFixture fixture;
    final EntityVersionValidator validator = new EntityVersionValidator();

    @BeforeAll
    static void open() {
        // Transfer accepts versions 2 and 3, NetworkConfig only 1, the lock type is listed with no version at all
        String json = "{\"entities\": [{\"name\": \"Transfer\", \"type\": \"" + TRANSFER + "\", \"supportedVersions\": [2, 3]},"
                + " {\"name\": \"Network_Config\", \"type\": \"0x4159\", \"supportedVersions\": [1]},"
                + " {\"name\": \"Hash_Lock\", \"type\": " + LOCKED + ", \"supportedVersions\": []}]}";
        NetworkConfiguration config = NetworkConfiguration.parse(CoreFixture.devnetText(), json);
        fixture = CoreFixture.open(directory, config, List.of());
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @ParameterizedTest(name = "type {0} version {1} supported: {2}")
    @CsvSource({
        // below, inside and above Transfer's versions
        TRANSFER + ", 1, false",
        TRANSFER + ", 2, true",
        TRANSFER + ", 3, true",
        TRANSFER + ", 4, false",
        // below, at and above NetworkConfig's single version
        CONFIG + ", 0, false",
        CONFIG + ", 1, true",
        CONFIG + ", 2, false",
        // a type listed without versions, and a type not listed
        LOCKED + ", 1, false",
        "0x4141, 1, false",
        "0x4141, 3, false",
    })
    void theConfigInForceDecides(String type, int version, boolean supported) {
        // Arrange
        EntityNotification notification = new EntityNotification(CoreFixture.NETWORK.identifier(),
                new EntityType(Integer.decode(type)), version);

        // Act
        ResultCode result = validator.validate(notification, fixture.stateful(3, 1_000));

        // Assert
        assertEquals(supported ? ResultCodes.SUCCESS : CoreResults.INVALID_VERSION, result);
    }
}
