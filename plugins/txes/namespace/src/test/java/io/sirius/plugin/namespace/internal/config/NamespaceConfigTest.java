package io.sirius.plugin.namespace.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.config.BlockSpan;
import io.sirius.api.config.ConfigException;
import io.sirius.api.config.ConfigProperties;
import io.sirius.api.model.Amount;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.PublicKey;
import io.sirius.plugin.namespace.model.NamespaceIds;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamespaceConfigTest {
    /** Sirius's resources/config-network.properties, [plugin:catapult.plugins.namespace]. */
    private static final Map<String, String> SIRIUS = Map.of(
            "maxNameSize", "64",
            "maxNamespaceDuration", "365d",
            "namespaceGracePeriodDuration", "1h",
            "reservedRootNamespaceNames", "xem, nem, user, account, org, com, biz, net, edu, mil, gov, info, prx, xpx, "
                    + "xarcade, xar, proximax, prc, storage",
            "namespaceRentalFeeSinkPublicKey", "3E82E1C1E4A75ADAA3CBA8C101C3CD31D9817A2EB966EB3B511FB2ED45B8E262",
            "rootNamespaceRentalFeePerBlock", "10'000'000'000",
            "childNamespaceRentalFee", "10'000'000'000",
            "maxChildNamespaces", "500");

    private static NamespaceConfig parse(Map<String, String> values) {
        return NamespaceConfig.parse(new ConfigProperties("plugin:catapult.plugins.namespace", values));
    }

    private static Map<String, String> with(String key, String value) {
        Map<String, String> values = new HashMap<>(SIRIUS);
        if (value == null) {
            values.remove(key);
        } else {
            values.put(key, value);
        }
        return values;
    }

    @Test
    void readsSiriusDefaultSection() {
        // Act
        NamespaceConfig config = parse(SIRIUS);

        // Assert
        assertEquals(64, config.maxNameSize());
        assertEquals(new BlockSpan(365 * 24), config.maxNamespaceDuration());
        assertEquals(new BlockSpan(1), config.namespaceGracePeriodDuration());
        assertEquals(19, config.reservedRootNamespaceNames().size());
        assertTrue(config.reservedRootIds().contains(NamespaceIds.root("prx")));
        assertEquals(PublicKey.fromHex("3E82E1C1E4A75ADAA3CBA8C101C3CD31D9817A2EB966EB3B511FB2ED45B8E262"),
                config.namespaceRentalFeeSinkPublicKey());
        assertEquals(new Amount(10_000_000_000L), config.rootNamespaceRentalFeePerBlock());
        assertEquals(new Amount(10_000_000_000L), config.childNamespaceRentalFee());
        assertEquals(500, config.maxChildNamespaces());
    }

    @Test
    void theChainsBlockTimeTurnsTheDurationsIntoBlocks() {
        // Act
        NamespaceConfig config = parse(SIRIUS);

        // Assert: 365 days and one hour of 15 s blocks (mainnet), and of 2 s blocks (the devnet)
        assertEquals(new BlockDuration(365L * 24 * 3600 / 15), config.maxDurationBlocks(Duration.ofSeconds(15)));
        assertEquals(new BlockDuration(240), config.gracePeriodBlocks(Duration.ofSeconds(15)));
        assertEquals(new BlockDuration(365L * 24 * 1800), config.maxDurationBlocks(Duration.ofSeconds(2)));
        assertEquals(new BlockDuration(1800), config.gracePeriodBlocks(Duration.ofSeconds(2)));
    }

    @Test
    void anEmptyReservedListReservesNothingAndOtherKeysAreIgnored() {
        // Arrange
        Map<String, String> values = with("reservedRootNamespaceNames", "");
        values.put("enabled", "true");

        // Act
        NamespaceConfig config = parse(values);

        // Assert
        assertEquals(Set.of(), config.reservedRootNamespaceNames());
        assertEquals(Set.of(), config.reservedRootIds());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', nullValues = "MISSING", value = {
        "maxNameSize; MISSING",
        "maxNameSize; 256",
        "maxNamespaceDuration; MISSING",
        "maxNamespaceDuration; 365",
        "maxNamespaceDuration; 10s",
        "namespaceGracePeriodDuration; 1.5d",
        "namespaceGracePeriodDuration; 99999999999999999d",
        "reservedRootNamespaceNames; MISSING",
        "reservedRootNamespaceNames; xpx, prx, xpx",
        "reservedRootNamespaceNames; xpx,, prx",
        "namespaceRentalFeeSinkPublicKey; MISSING",
        "namespaceRentalFeeSinkPublicKey; 3E82",
        "rootNamespaceRentalFeePerBlock; -1",
        "childNamespaceRentalFee; MISSING",
        "maxChildNamespaces; 65536"})
    void refusesAMissingOrMalformedKeyNamingIt(String key, String value) {
        // Act
        ConfigException e = assertThrows(ConfigException.class, () -> parse(with(key, value)));

        // Assert
        assertTrue(e.getMessage().contains(key), e.getMessage());
    }

    @Test
    void keepsTheReservedNamesInTheirOrder() {
        // Act
        NamespaceConfig config = parse(with("reservedRootNamespaceNames", " b ,a,c "));

        // Assert
        assertEquals(List.of("b", "a", "c"), List.copyOf(config.reservedRootNamespaceNames()));
    }
}
