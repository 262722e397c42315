package io.sirius.plugin.mosaic.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.config.BlockSpan;
import io.sirius.api.config.ConfigException;
import io.sirius.api.config.ConfigProperties;
import io.sirius.api.model.Amount;
import io.sirius.api.model.BlockDuration;
import io.sirius.plugin.mosaic.internal.Fixtures;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MosaicConfigTest {

    private static MosaicConfig parse(Map<String, String> values) {
        return MosaicConfig.SECTION.parser().parse(new ConfigProperties(MosaicConfig.SECTION.sectionName(), values));
    }

    @Test
    void readsSiriussDefaultSection() {
        // Act
        MosaicConfig config = parse(Fixtures.config());

        // Assert
        assertEquals("plugin:catapult.plugins.mosaic", MosaicConfig.SECTION.sectionName());
        assertEquals(10_000, config.maxMosaicsPerAccount());
        assertEquals(new BlockSpan(3650 * 24), config.maxMosaicDuration());
        assertEquals(6, config.maxMosaicDivisibility());
        assertEquals(Fixtures.SINK, config.mosaicRentalFeeSinkPublicKey());
        assertEquals(new Amount(10_000_000_000L), config.mosaicRentalFee());
        assertTrue(config.levyEnabled());
    }

    @Test
    void levyEnabledIsFalseWhenAbsentAsInSirius() {
        // Act and Assert
        assertFalse(parse(Fixtures.config("levyEnabled", null)).levyEnabled());
        assertFalse(parse(Fixtures.config("levyEnabled", "false")).levyEnabled());
    }

    @ParameterizedTest
    @CsvSource({"15s, 3650d, 21024000", "15s, 24h, 5760", "2s, 24h, 43200", "7s, 1h, 514", "15s, 0h, 0"})
    void turnsTheDurationIntoBlocksWithTheBlockTime(String blockTime, String duration, long blocks) {
        // Arrange
        MosaicConfig config = parse(Fixtures.config("maxMosaicDuration", duration));
        Duration time = ChainValues.blockGenerationTargetTime(new ConfigProperties("chain",
                Fixtures.chain("blockGenerationTargetTime", blockTime)));

        // Act
        BlockDuration result = config.maxMosaicDurationBlocks(time);

        // Assert
        assertEquals(new BlockDuration(blocks), result);
    }

    @ParameterizedTest
    @CsvSource({"maxMosaicAtomicUnits, x", "blockGenerationTargetTime, 0s"})
    void ignoresTheChainKeysItOnceTookInTheSection(String key, String value) {
        // Act
        MosaicConfig config = parse(Fixtures.config(key, value));

        // Assert: the bound and the block time now come from [chain] only
        assertEquals(parse(Fixtures.config()), config);
    }

    @ParameterizedTest
    @CsvSource({"maxMosaicsPerAccount, 65536", "maxMosaicsPerAccount, ", "maxMosaicDivisibility, 256",
        "maxMosaicDuration, 100", "maxMosaicDuration, 15s", "maxMosaicDuration, 99999999999999999d",
        "maxMosaicDuration, 1.5d", "maxMosaicDuration, 1d12h", "maxMosaicDuration, -1d",
        "mosaicRentalFeeSinkPublicKey, ABCD", "mosaicRentalFee, -1", "levyEnabled, yes"})
    void refusesBadValues(String key, String value) {
        // Act and Assert
        assertThrows(ConfigException.class, () -> parse(Fixtures.config(key, value)));
    }
}
