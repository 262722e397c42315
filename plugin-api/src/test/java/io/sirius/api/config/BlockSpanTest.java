package io.sirius.api.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.model.BlockDuration;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BlockSpanTest {

    @ParameterizedTest(name = "{0} = {1} hours")
    @CsvSource({"0h, 0", "1h, 1", "36h, 36", "1d, 24", "365d, 8760", "1'000h, 1000", "' 2d ', 48"})
    void readsHoursAndDays(String text, long hours) {
        // Act and Assert
        assertEquals(new BlockSpan(hours), BlockSpan.parse("span", text));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "h", "d", "5", "5m", "5s", "-1d", "1.5d", "d1", "99999999999999999999h", "999999999999999d"})
    void refusesAnythingElseNamingTheKey(String text) {
        // Act
        ConfigException e = assertThrows(ConfigException.class, () -> BlockSpan.parse("span", text));

        // Assert
        assertEquals(true, e.getMessage().startsWith("span = "), e.getMessage());
    }

    @ParameterizedTest(name = "{0} hours at {1} ms per block = {2} blocks")
    @CsvSource({"8760, 15000, 2102400", "1, 15000, 240", "1, 7000, 514", "0, 15000, 0", "24, 3600000, 24", "1, 1, 3600000"})
    void convertsToBlocksRoundingDown(long hours, long blockMillis, long blocks) {
        // Act and Assert
        assertEquals(new BlockDuration(blocks), new BlockSpan(hours).blocks(Duration.ofMillis(blockMillis)));
    }

    @Test
    void isReadFromASectionNamingSectionAndKeyWhenWrong() {
        // Arrange
        ConfigProperties section = new ConfigProperties("plugin:catapult.plugins.lockhash",
                Map.of("maxHashLockDuration", "2d", "wrong", "2w"));

        // Act
        ConfigException e = assertThrows(ConfigException.class, () -> section.getBlockSpan("wrong"));

        // Assert
        assertEquals(new BlockSpan(48), section.getBlockSpan("maxHashLockDuration"));
        assertEquals(Duration.ofHours(48), section.getBlockSpan("maxHashLockDuration").duration());
        assertEquals("[plugin:catapult.plugins.lockhash] wrong = '2w' is not a block span in hours or days, such as 1h or 30d",
                e.getMessage());
        assertThrows(ConfigException.class, () -> section.getBlockSpan("missing"));
    }
}
