package io.sirius.kernel.internal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Address;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.notification.AccountAddressNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.crypto.Addresses;
import io.sirius.kernel.internal.pipeline.CoreFixture;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A plain address must carry a valid checksum and this network's byte; an alias is not judged here.
 */
class AddressValidatorTest {
    @TempDir
    static Path directory;
    static CoreFixture fixture;
    final AddressValidator validator = new AddressValidator();

    @BeforeAll
    static void open() {
        fixture = CoreFixture.open(directory);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private ResultCode validate(byte[] address) {
        return validator.validate(new AccountAddressNotification(UnresolvedAddress.of(address)), fixture.stateless(2, 1_000));
    }

    @ParameterizedTest
    @EnumSource(NetworkType.class)
    void aWellFormedAddressPassesOnlyOnItsNetwork(NetworkType network) {
        // Arrange
        Address address = Addresses.of(CoreFixture.key(3).publicKey(), network);

        // Act
        ResultCode result = validate(address.bytes());

        // Assert
        assertEquals(network == CoreFixture.NETWORK ? ResultCodes.SUCCESS : CoreResults.INVALID_ADDRESS, result);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 20, 21, 24})
    void aChangedByteBreaksTheChecksum(int position) {
        // Arrange: key hash bytes are 1..20, the checksum 21..24
        byte[] bytes = CoreFixture.address(CoreFixture.key(3).publicKey()).bytes();
        bytes[position] ^= 0x01;

        // Act
        ResultCode result = validate(bytes);

        // Assert
        assertEquals(CoreResults.INVALID_ADDRESS, result);
    }

    @Test
    void anUnknownNetworkByteIsInvalid() {
        // Arrange: an even byte (so not an alias) that no network uses
        byte[] bytes = CoreFixture.address(CoreFixture.key(3).publicKey()).bytes();
        int unknown = Stream.iterate(0x02, b -> b + 2)
                .filter(b -> Arrays.stream(NetworkType.values()).noneMatch(n -> n.identifier() == b))
                .findFirst().orElseThrow();
        bytes[0] = (byte) unknown;

        // Act
        ResultCode result = validate(bytes);

        // Assert
        assertEquals(CoreResults.INVALID_ADDRESS, result);
    }

    @ParameterizedTest
    @EnumSource(NetworkType.class)
    void anAliasIsLeftToItsResolver(NetworkType network) {
        // Arrange: an alias is not an address, whatever its network byte
        UnresolvedAddress alias = UnresolvedAddress.alias(network, new NamespaceId(0x8000_0000_1234_5678L));

        // Act
        ResultCode result = validate(alias.bytes());

        // Assert
        assertEquals(ResultCodes.SUCCESS, result);
    }
}
